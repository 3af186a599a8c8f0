namespace TradeModel.Data.Internal;

/// <summary>
/// A source of records whose columns are found by name: a CSV file's header, a Parquet file's schema. What a format's
/// reader of named columns (UN Comtrade's) needs, whatever the file.
/// </summary>
internal interface ITableSource : IRowSource
{
    /// <summary>The column's index, or −1 for an optional column that is absent.</summary>
    /// <exception cref="DataFormatException">A required column is absent.</exception>
    int Column(string name, bool required = true);

    /// <summary>The column's name as the source writes it; empty for −1.</summary>
    string NameOf(int column);

    /// <summary>Whether the record has every field; otherwise notes the error.</summary>
    bool HasAllFields();

    /// <summary>The field's text, trimmed; empty for an absent column (−1).</summary>
    string Text(int column);

    /// <summary>Counts the record accepted without a flow of the detail (an aggregate kept apart).</summary>
    void Accept();

    /// <summary>About how many records the source holds, to make room for them.</summary>
    int EstimatedRows(int bytesPerRow);
}
