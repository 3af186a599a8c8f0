namespace TradeModel.Data;

/// <summary>What a reader does with a row that repeats an earlier row's flow: the same reporter, partner, direction, category and period.</summary>
public enum DuplicateRows
{
    /// <summary>
    /// The row is a second flow, as the file says (the default, and free): the reader does not look for repeats. Sums
    /// over the flows then count both rows.
    /// </summary>
    Keep,

    /// <summary>
    /// The row is an error naming the line of the flow it repeats (thrown in strict mode, reported in collect mode, where
    /// the first of the rows is kept). Costs a lookup per row.
    /// </summary>
    Refuse,
}
