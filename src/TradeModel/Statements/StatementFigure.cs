using TradeModel.Internal;
using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>
/// A number a statement is made of, before any rounding: an exact amount of money or an exact percentage computed
/// from data, or, to check a release written by hand, a figure as it was typed (already rounded). Generated statements
/// hold exact figures only; the style rounds them when a release is rendered.
/// </summary>
/// <remarks>The default value has no value at all (no amount, percentage or typed figure); statements refuse it.</remarks>
public readonly struct StatementFigure : IEquatable<StatementFigure>
{
    private StatementFigure(
        Money? money,
        PercentFigure? percent,
        PublishedFigure? typed,
        Magnitude magnitude,
        Currency? currency,
        FigureUnit unit
    )
    {
        Money = money;
        Percent = percent;
        Published = typed;
        Magnitude = magnitude;
        Currency = currency;
        Unit = unit;
    }

    /// <summary>The exact amount, for a figure of money computed from data.</summary>
    public Money? Money { get; }

    /// <summary>The exact percentage (possibly undefined, with its reason), for a percentage computed from data.</summary>
    public PercentFigure? Percent { get; }

    /// <summary>The figure as typed, for a hand-written figure; null for figures computed from data.</summary>
    public PublishedFigure? Published { get; }

    /// <summary>The magnitude a typed amount was written in (billion for "3,175.56 billion"); one otherwise.</summary>
    public Magnitude Magnitude { get; }

    /// <summary>The currency of an amount; null for a percentage.</summary>
    public Currency? Currency { get; }

    /// <summary>The unit of a percentage (percent or percentage points); percent for an amount.</summary>
    public FigureUnit Unit { get; }

    /// <summary>Whether the figure is an amount of money.</summary>
    public bool IsMoney => Currency is not null;

    /// <summary>Whether the figure was typed by hand rather than computed.</summary>
    public bool IsTyped => Published is not null;

    /// <summary>Whether the figure has a value: false for an undefined percentage (zero or negative base, missing value).</summary>
    public bool IsDefined => Percent is not { IsDefined: false };

    /// <summary>An exact amount.</summary>
    /// <param name="exact">The amount, unrounded.</param>
    /// <returns>The figure.</returns>
    public static StatementFigure Of(Money exact) =>
        new(exact, null, null, Magnitude.One, exact.Currency, FigureUnit.Percent);

    /// <summary>An exact percentage, or an undefined one that keeps its reason.</summary>
    /// <param name="exact">The percentage, unrounded.</param>
    /// <returns>The figure.</returns>
    public static StatementFigure Of(PercentFigure exact) =>
        new(null, exact, null, Magnitude.One, null, exact.Unit);

    /// <summary>An amount as typed in a hand-written release: 3175.56 in billions of yuan.</summary>
    /// <param name="figure">The figure as typed, with its decimals.</param>
    /// <param name="magnitude">The magnitude it is written in.</param>
    /// <param name="currency">Its currency.</param>
    /// <returns>The figure.</returns>
    public static StatementFigure Typed(
        PublishedFigure figure,
        Magnitude magnitude,
        Currency currency
    )
    {
        return new(null, null, figure, magnitude, currency, FigureUnit.Percent);
    }

    /// <summary>A percentage as typed in a hand-written release: 18.2 (percent) or 8.6 (percentage points).</summary>
    /// <param name="figure">The figure as typed, with its decimals.</param>
    /// <param name="unit">Percent or percentage points.</param>
    /// <returns>The figure.</returns>
    public static StatementFigure Typed(PublishedFigure figure, FigureUnit unit) =>
        new(null, null, figure, Magnitude.One, null, unit);

    /// <summary>Whether two figures are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(StatementFigure left, StatementFigure right) =>
        left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StatementFigure left, StatementFigure right) =>
        !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(StatementFigure other) =>
        Money == other.Money
        && Percent == other.Percent
        && Published == other.Published
        && Magnitude == other.Magnitude
        && Currency == other.Currency
        && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatementFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Money, Percent, Published, Magnitude, Unit);

    /// <summary>The exact value, or the typed one followed by "(typed)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Published is { } typed ? $"{typed} (typed)"
        : Money is { } money ? money.ToString()
        : Percent is { } percent ? percent.ToString(6)
        : "none";
}
