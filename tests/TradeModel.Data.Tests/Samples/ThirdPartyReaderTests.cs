using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Samples;
using TradeModel.Tests.Support;

namespace TradeModel.Data.Tests.Samples;

/// <summary>
/// A reader written outside the library, through the public coded appender only (docs/data.md's sample), reads the
/// same flows as the built-in BACI reader: the fast path is open to any format.
/// </summary>
public sealed class ThirdPartyReaderTests
{
    [Theory]
    [InlineData("tests/TradeModel.Data.Tests/Fixtures/Baci/BACI_HS22_Y2024_V202501.csv")]
    [InlineData("docs/notebooks/data/BACI_HS22_Y2021_V202501.csv")]
    [InlineData("docs/notebooks/data/BACI_HS22_Y2023_V202501.csv")]
    public void The_sample_reader_built_on_the_public_coded_appender_reads_what_BaciFile_reads(
        string file
    )
    {
        var path = Path.Combine(RepositoryFiles.Root, file);
        Assert.True(File.Exists(path), path);

        var expected = BaciFile
            .Read(path, cancellationToken: TestContext.Current.CancellationToken)
            .Flows;
        var actual = CodedBaciReader.Read(path, HarmonizedSystem2022.Classification);

        Assert.True(actual.Count > 0);
        Assert.Equal(Fixture.Rows(expected), Fixture.Rows(actual));
    }

    [Fact]
    public void The_sample_reader_names_the_line_and_column_of_a_bad_field()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trademodel-sample-{Guid.NewGuid():N}.csv");
        File.WriteAllText(
            path,
            "t,i,j,k,v,q\n2024,156,842,010121,12.5,NA\n2024,156,999,010121,1.0,NA\n"
        );
        try
        {
            var e = Assert.Throws<FormatException>(() =>
                CodedBaciReader.Read(path, HarmonizedSystem2022.Classification)
            );

            Assert.StartsWith("Line 3, column 3:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
