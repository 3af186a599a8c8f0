using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.Tests.Analysis;

namespace TradeModel.DuckDb.Tests;

/// <summary>
/// A path is a path: the engine reads exactly the file or folder named, whatever characters its name holds, and takes
/// a pattern only through <see cref="DuckDbFlowEngine.OverParquetGlob"/>. Options and paths are checked when given.
/// </summary>
public sealed class DatasetPathTests : IDisposable
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    private readonly string root = Path.Combine(
        Path.GetTempPath(),
        "tm-paths-" + Guid.NewGuid().ToString("N")
    );

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A folder whose name a glob would read as a pattern, and the sibling such a pattern would match.</summary>
    public static TheoryData<string, string> FoldersAndSiblings =>
        new()
        {
            { "ds[2]", "ds2" },
            { "ds?", "dsx" },
            { "ds*", "ds-other" },
            { "with space", "with" },
            { "it's", "its" },
            { "数据", "data" },
        };

    [Theory]
    [MemberData(nameof(FoldersAndSiblings))]
    public async Task A_folder_is_read_as_named_and_never_as_a_pattern(string name, string sibling)
    {
        await Dataset(name, seed: 1, count: 30);
        await Dataset(sibling, seed: 2, count: 70);

        using var engine = DuckDbFlowEngine.OverParquet(Path.Combine(root, name), Hs, Currency.USD);

        Assert.Equal(30, Flows(engine));
    }

    [Theory]
    [InlineData("f[1].parquet", "f1.parquet")]
    [InlineData("f?.parquet", "fa.parquet")]
    [InlineData("f*.parquet", "fb.parquet")]
    public async Task A_file_is_read_as_named_and_never_as_a_pattern(string name, string sibling)
    {
        Directory.CreateDirectory(root);
        await File(name, seed: 3, count: 40);
        await File(sibling, seed: 4, count: 60);

        using var engine = DuckDbFlowEngine.OverParquet(Path.Combine(root, name), Hs, Currency.USD);

        Assert.Equal(40, Flows(engine));
    }

    [Fact]
    public async Task A_pattern_is_read_as_a_pattern_only_through_the_glob_entry()
    {
        Directory.CreateDirectory(root);
        await File("f1.parquet", seed: 3, count: 40);
        await File("f2.parquet", seed: 4, count: 60);
        await File("g1.parquet", seed: 5, count: 5);

        using var engine = DuckDbFlowEngine.OverParquetGlob(
            Path.Combine(root, "f?.parquet"),
            Hs,
            Currency.USD
        );

        Assert.Equal(100, Flows(engine));
        Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(Path.Combine(root, "f?.parquet"), Hs, Currency.USD)
        );
    }

    [Fact]
    public async Task Files_whose_values_need_different_decimal_widths_are_read_as_one_dataset()
    {
        // Each file takes the narrowest decimal its values fit: DECIMAL(18, s) for one, DECIMAL(38, s) for the other.
        Directory.CreateDirectory(root);
        await File("narrow.parquet", seed: 3, count: 40);
        await File("wide.parquet", seed: 4, count: 60);
        var expected = RandomFlows
            .Make(3, 40)
            .Concat(RandomFlows.Make(4, 60))
            .Where(f => f.Value is not null)
            .Sum(f => f.Value!.Value.Amount);

        using var engine = DuckDbFlowEngine.OverParquet(root, Hs, Currency.USD);
        var total = engine
            .Aggregate(FlowQuery.By(FlowDimension.Year), Token)
            .Sum(c => c.Total?.Amount ?? 0m);

        Assert.Equal(expected, total);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_refused_with_the_pattern()
    {
        Directory.CreateDirectory(root);

        var e = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquetGlob(Path.Combine(root, "*.parquet"), Hs, Currency.USD)
        );

        Assert.Equal("pattern", e.ParamName);
    }

    [Fact]
    public void A_folder_without_a_Parquet_file_is_refused_when_the_engine_is_made()
    {
        Directory.CreateDirectory(Path.Combine(root, "empty"));

        var e = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(Path.Combine(root, "empty"), Hs, Currency.USD)
        );

        Assert.Contains("no *.parquet file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_Parquet_is_refused_when_the_engine_is_made()
    {
        Directory.CreateDirectory(root);
        var csv = Path.Combine(root, "flows.parquet");
        System.IO.File.WriteAllText(csv, "t,i,j,k,v,q\n");

        var e = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(csv, Hs, Currency.USD)
        );

        Assert.Contains("not Parquet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_with_a_backslash_is_refused_rather_than_read_as_another_folder()
    {
        await Dataset("a\\b", seed: 1, count: 10);

        var e = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(Path.Combine(root, "a\\b"), Hs, Currency.USD)
        );

        Assert.Contains("backslash", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("")]
    [InlineData("1e400GB")]
    [InlineData("0GB")]
    [InlineData("-1GB")]
    [InlineData("12")]
    public void A_memory_limit_that_is_not_a_size_is_refused_when_set(string limit)
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new DuckDbEngineOptions { MemoryLimit = limit }
        );

        Assert.Equal("MemoryLimit", e.ParamName);
    }

    [Theory]
    [InlineData("2GB")]
    [InlineData("500 MB")]
    [InlineData("1.5GiB")]
    public void A_memory_limit_with_its_unit_is_taken(string limit)
    {
        Assert.Equal(limit, new DuckDbEngineOptions { MemoryLimit = limit }.MemoryLimit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void A_thread_count_outside_1_to_the_maximum_is_refused_when_set(int threads)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DuckDbEngineOptions { Threads = threads }
        );

        Assert.Equal("Threads", e.ParamName);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Flows(DuckDbFlowEngine engine) =>
        engine.Aggregate(FlowQuery.By(FlowDimension.Year), Token).Sum(c => c.Flows);

    private async Task Dataset(string name, int seed, int count) =>
        await TradeParquet.WritePartitionedAsync(
            RandomFlows.Make(seed, count),
            Path.Combine(root, name),
            Token
        );

    private async Task File(string name, int seed, int count)
    {
        await using var file = System.IO.File.Create(Path.Combine(root, name));
        await TradeParquet.WriteAsync(RandomFlows.Make(seed, count), file, Token);
    }
}
