namespace TradeModel.Releases;

/// <summary>One line of a release table: a value, its earlier value, growth, share of the total and contribution to the total's growth.</summary>
/// <param name="Label">What the line is (a category code and name, or a grouping).</param>
/// <param name="Current">The value, or null when missing.</param>
/// <param name="Previous">The earlier value, or null when missing.</param>
/// <param name="Growth">Growth from the earlier value, in percent.</param>
/// <param name="Share">Share of the total, in percent.</param>
/// <param name="Contribution">Contribution to the total's growth, in percentage points.</param>
public sealed record ReleaseRow(
    string Label,
    Money? Current,
    Money? Previous,
    PercentFigure Growth,
    PercentFigure Share,
    PercentFigure Contribution
);
