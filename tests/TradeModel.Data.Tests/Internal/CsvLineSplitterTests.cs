using TradeModel.Data.Internal;

namespace TradeModel.Data.Tests.Internal;

/// <summary>Plain CSV text (no quotes) splits into the lines and fields that splitting each line at its commas gives.</summary>
public sealed class CsvLineSplitterTests
{
    [Theory]
    [InlineData(1, "\n")]
    [InlineData(2, "\r\n")]
    [InlineData(3, "\n")]
    public void Lines_and_fields_are_those_of_splitting_at_line_feeds_and_commas(
        int seed,
        string lineEnd
    )
    {
        var random = new Random(seed);
        var lines = Enumerable
            .Range(0, 400)
            .Select(_ =>
                string.Join(
                    ',',
                    Enumerable
                        .Range(0, random.Next(1, 9))
                        .Select(_ => new string('x', random.Next(0, 40)))
                )
            )
            .ToArray();
        var text = string.Join(lineEnd, lines) + (seed == 3 ? "" : lineEnd);

        var splitter = new CsvLineSplitter(text);
        Span<Range> fields = stackalloc Range[4];
        var read = 0;
        while (splitter.TryNextLine(fields, out var line, out var count))
        {
            var expected = lines[read++].Split(',');
            Assert.Equal(lines[read - 1], line.ToString());
            Assert.Equal(expected.Length, count);
            for (var i = 0; i < Math.Min(count, fields.Length); i++)
            {
                Assert.Equal(expected[i], line[fields[i]].ToString());
            }
        }

        Assert.Equal(lines.Length, read);
    }
}
