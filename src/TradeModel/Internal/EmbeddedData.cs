namespace TradeModel.Internal;

/// <summary>Reads the reference tables embedded in the assembly (see Data/SOURCES.md).</summary>
internal static class EmbeddedData
{
    internal static List<string[]> ReadCsv(string fileName)
    {
        using var stream =
            typeof(EmbeddedData).Assembly.GetManifestResourceStream("TradeModel.Data." + fileName)
            ?? throw new InvalidOperationException(
                $"The embedded table {fileName} is missing from the TradeModel assembly."
            );
        using var reader = new StreamReader(stream);
        return [.. CsvText.ReadRecords(reader)];
    }
}
