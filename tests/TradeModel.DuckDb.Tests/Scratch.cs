using DuckDB.NET.Data;
using TradeModel.Analysis;

namespace TradeModel.DuckDb.Tests;

/// <summary>What the tests of files written by other tools share: a throwaway DuckDB to write them, and a cube's cells to compare.</summary>
internal static class Scratch
{
    /// <summary>The UN Comtrade API fixture of the data package's tests (a CSV as the API returns it), by its full path.</summary>
    internal static string ComtradeFixture =>
        Path.GetFullPath(
            Path.Combine(
                AppContext.BaseDirectory,
                "..",
                "..",
                "..",
                "..",
                "TradeModel.Data.Tests",
                "Fixtures",
                "Comtrade",
                "comtrade-2024.csv"
            )
        );

    /// <summary>Runs statements in a DuckDB of their own, in memory (to write the files a test reads).</summary>
    internal static void Execute(string sql)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Each cell of a cube as its key, total, flows and flows without value, in the cube's order.</summary>
    internal static List<(FlowKey, Money?, int, int)> Cells(FlowCube cube) =>
        [.. cube.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue))];
}
