namespace TradeModel.Data.Internal;

/// <summary>
/// The current record of a source, field by field: what the shared row readers need of a format, whether its records
/// are CSV lines or observations of a JSON message.
/// </summary>
internal interface IRowSource
{
    /// <summary>The source's report: rows accepted and rejected, errors and notes.</summary>
    ReadReport Report { get; }

    /// <summary>Where the current record is: its line (the header is line 1), row or observation number.</summary>
    long Line { get; }

    /// <summary>The field's characters; empty for an absent optional column (−1).</summary>
    ReadOnlySpan<char> Field(int column);

    /// <summary>A bad field: thrown as a <see cref="DataFormatException"/> in strict mode, recorded in collect mode.</summary>
    /// <param name="column">The column's index (from 0), or −1 for the record as a whole.</param>
    /// <param name="reason">Why, as a predicate of the quoted text: "is not a UN Comtrade economy code."</param>
    void Fail(int column, string reason);
}
