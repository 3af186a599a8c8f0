namespace TradeModel.Data.Rows;

/// <summary>
/// A value a source's text stands for, with its code in the collection being filled once it has one: each distinct
/// text is parsed once, and each distinct value looked up in the collection's dictionary once.
/// </summary>
/// <typeparam name="T">An economy, category, period or unit.</typeparam>
internal sealed class Coded<T>(T value)
    where T : notnull
{
    /// <summary>The value.</summary>
    public T Value { get; } = value;

    /// <summary>The code in the collection, or −1 before the value's first flow.</summary>
    public int Code { get; set; } = -1;
}
