namespace TradeModel.Data.Tests;

/// <summary>Paths of the fixture files copied beside the tests (see Fixtures/SOURCE.md).</summary>
internal static class Fixture
{
    internal static string Path(string relative) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    internal static MemoryStream Text(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Each flow as its JSON record, for comparing collections (flows compare by reference).</summary>
    internal static string[] Rows(IEnumerable<Flows.TradeFlow> flows) =>
        [.. flows.Select(f => System.Text.Json.JsonSerializer.Serialize(f))];
}
