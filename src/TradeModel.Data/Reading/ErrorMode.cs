namespace TradeModel.Data;

/// <summary>What a reader does with a bad row.</summary>
public enum ErrorMode
{
    /// <summary>The first bad row throws a <see cref="DataFormatException"/> naming its source, line, column and text. The default.</summary>
    Strict,

    /// <summary>Every bad row is recorded in the <see cref="ReadReport"/> with its reason, and the rest is read.</summary>
    Collect,
}
