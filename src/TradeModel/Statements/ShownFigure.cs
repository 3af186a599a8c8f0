using System.Globalization;
using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>
/// One number of a rendered statement and its proof: the exact value it came from, the rounding applied, the text
/// printed and the interval of true values that text stands for. The rows of a release's proof table.
/// </summary>
public sealed class ShownFigure
{
    internal ShownFigure(
        FigureRole role,
        ReleaseItem item,
        StatementFigure figure,
        decimal shown,
        int decimals,
        MidpointRounding rule,
        Magnitude magnitude,
        DecimalInterval interval,
        string text,
        bool inSentence
    )
    {
        Role = role;
        Item = item;
        Figure = figure;
        Shown = shown;
        Decimals = decimals;
        Rule = rule;
        Magnitude = magnitude;
        Interval = interval;
        Text = text;
        InSentence = inSentence;
    }

    /// <summary>The part the number plays.</summary>
    public FigureRole Role { get; }

    /// <summary>The subject and measure it is a figure of.</summary>
    public ReleaseItem Item { get; }

    /// <summary>The figure before rounding: exact from data, or as typed.</summary>
    public StatementFigure Figure { get; }

    /// <summary>The rounded value, signed, in <see cref="Magnitude"/> for amounts and in percent or points otherwise (a deficit of 1,172.68 billion is −1172.68).</summary>
    public decimal Shown { get; }

    /// <summary>The decimals it was rounded to.</summary>
    public int Decimals { get; }

    /// <summary>The midpoint rule of the rounding.</summary>
    public MidpointRounding Rule { get; }

    /// <summary>The magnitude of an amount (billion, 亿); one for percentages and rates.</summary>
    public Magnitude Magnitude { get; }

    /// <summary>Every true value the printed number stands for, signed, in <see cref="Magnitude"/>; for a growth said to be flat, the flat range.</summary>
    public DecimalInterval Interval { get; }

    /// <summary>The number as printed, with its unit ("3,175.56 billion yuan", "18.2%").</summary>
    public string Text { get; }

    /// <summary>Whether the sentence prints it; false for a figure only the proof shows (the value behind a conversion, the break-even rate).</summary>
    public bool InSentence { get; }

    /// <summary>"to 2 decimals of billion, half away from zero", "as typed", or "exact, as given" for a threshold or rate.</summary>
    public string Rounding =>
        Role is FigureRole.Threshold or FigureRole.Rate ? "exact, as given"
        : Figure.IsTyped ? "as typed"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"to {Decimals} decimal{(Decimals == 1 ? string.Empty : "s")}{(Magnitude == Magnitude.One ? string.Empty : " of " + Magnitude.Name)}, {RuleName(Rule)}"
        );

    /// <summary>"growth of exports of services: 18.2% (exact 18.2406…)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{RoleName(Role)} of {Item}: {Text} ({Figure})";

    internal static string RoleName(FigureRole role) =>
        role switch
        {
            FigureRole.Level => "level",
            FigureRole.PreviousLevel => "earlier level",
            FigureRole.Growth => "growth",
            FigureRole.BalanceChange => "change",
            FigureRole.Share => "share",
            FigureRole.Contribution => "contribution",
            FigureRole.Converted => "converted level",
            FigureRole.Threshold => "threshold",
            _ => "rate",
        };

    private static string RuleName(MidpointRounding rule) =>
        rule switch
        {
            MidpointRounding.AwayFromZero => "half away from zero",
            MidpointRounding.ToEven => "half to even",
            MidpointRounding.ToZero => "toward zero",
            MidpointRounding.ToNegativeInfinity => "down",
            _ => "up",
        };
}
