using System.Globalization;
using ScottPlot;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;
using TradeModel.Interactive.Internal;
using TradeModel.Releases;

namespace TradeModel.Interactive.Charts;

/// <summary>
/// One call from a result of the library to a chart: contributions to growth as bars, a change in balance as a
/// waterfall, published figures against what their inputs allow as ranges, a roll-up as a sunburst, growth over
/// periods as lines. Figures are drawn from their unrounded values; a figure that is undefined (its reason kept by the
/// library) is left out and named in the chart's note.
/// </summary>
/// <example>
/// <code language="csharp">
/// var rows = ReleaseTable.FromRollUps(current, previous, Ebops2010.Classification.Roots[0].Children);
/// TradeChart chart = TradeCharts.Contributions(rows, "Contributions to the growth of services trade");
/// chart.SavePng("contributions.png");
/// </code>
/// </example>
public static class TradeCharts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly Color Rise = Color.FromHex("#2E7D32");
    private static readonly Color Fall = Color.FromHex("#C62828");
    private static readonly Color Level = Color.FromHex("#1565C0");

    /// <summary>Each row's contribution to the growth of the total, in percentage points, as horizontal bars in the rows' order.</summary>
    /// <param name="rows">Release rows, as <see cref="ReleaseTable"/> gives them.</param>
    /// <param name="title">The title; "Contributions to growth" when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static TradeChart Contributions(IEnumerable<ReleaseRow> rows, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Bars(
            rows.Select(r => (r.Label, r.Contribution)),
            title ?? "Contributions to growth",
            "percentage points"
        );
    }

    /// <summary>Each line's contribution to the growth of the total, in percentage points, as horizontal bars.</summary>
    /// <param name="lines">Contributions, as <see cref="FlowCube"/>'s <c>Contributions</c> gives them.</param>
    /// <param name="title">The title; "Contributions to growth" when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null.</exception>
    public static TradeChart LineContributions(
        IEnumerable<FlowContribution> lines,
        string? title = null
    )
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Bars(
            lines.Select(l => (l.Key.ToString(), l.Contribution)),
            title ?? "Contributions to growth",
            "percentage points"
        );
    }

    /// <summary>
    /// A change in the balance as a waterfall: the earlier balance, the change in exports (adds), the change in imports
    /// (subtracts), and the later balance.
    /// </summary>
    /// <param name="change">The change, as <see cref="TradeBalance.ChangeFrom"/> gives it.</param>
    /// <param name="title">The title; "Change in the balance" when null.</param>
    /// <param name="previousLabel">The label of the earlier balance ("before" when null).</param>
    /// <param name="currentLabel">The label of the later balance ("after" when null).</param>
    /// <returns>The chart.</returns>
    public static TradeChart BalanceWaterfall(
        BalanceChange change,
        string? title = null,
        string? previousLabel = null,
        string? currentLabel = null
    )
    {
        var before = change.Previous.Value.Amount;
        var exports = change.Current.Exports.Amount - change.Previous.Exports.Amount;
        var imports = change.Current.Imports.Amount - change.Previous.Imports.Amount;
        var after = change.Current.Value.Amount;
        var currency = change.Current.Value.Currency.Code;
        var steps = new (string Label, decimal From, decimal To, Color Color)[]
        {
            ($"balance {previousLabel ?? "before"}", 0m, before, Level),
            ("change in exports", before, before + exports, exports >= 0 ? Rise : Fall),
            (
                "change in imports (−)",
                before + exports,
                before + exports - imports,
                imports <= 0 ? Rise : Fall
            ),
            ($"balance {currentLabel ?? "after"}", 0m, after, Level),
        };
        var magnitude = Magnitude.ShortScaleFor(
            steps.Max(s => Math.Max(Math.Abs(s.From), Math.Abs(s.To)))
        );
        var plot = new Plot();
        var bars = steps
            .Select(
                (s, i) =>
                    new Bar
                    {
                        Position = i,
                        ValueBase = (double)magnitude.FromUnits(s.From),
                        Value = (double)magnitude.FromUnits(s.To),
                        FillColor = s.Color,
                        Label = Short(s.To - s.From),
                    }
            )
            .ToArray();
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        Ticks(plot, [.. steps.Select(s => s.Label)], vertical: true);
        FitTitle(plot, title ?? "Change in the balance");
        plot.YLabel(magnitude == Magnitude.One ? currency : $"{currency} {magnitude.Name}");
        return new TradeChart(plot, title ?? "Change in the balance");
    }

    /// <summary>
    /// Each published figure against what its unrounded inputs allow: the interval the published (rounded) figure stands
    /// for and the interval its inputs imply, both as offsets from the published figure in units of its last digit, so
    /// that figures of any size share one axis. The published interval is blue; the inputs' interval green when the two
    /// overlap (the figure agrees) and red when they do not (it cannot come from its inputs). The axis is linear within
    /// one unit of the published figure and logarithmic beyond, so that a figure off by a hundred units does not flatten
    /// the others; an interval too narrow to see is drawn at the narrowest visible width around its middle.
    /// </summary>
    /// <param name="checks">Checks, as <see cref="PublishedFigureChecks"/> gives them.</param>
    /// <param name="title">The title; "Published figures against their inputs" when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> is null.</exception>
    public static TradeChart PublishedVersusImplied(
        IEnumerable<ConsistencyCheck> checks,
        string? title = null
    )
    {
        ArgumentNullException.ThrowIfNull(checks);
        var list = checks.ToList();
        var intervals = new List<(double Position, double From, double To, Color Color)>();
        for (var i = 0; i < list.Count; i++)
        {
            var check = list[i];
            var middle = (check.Published.Lower + check.Published.Upper) / 2;
            var digit = check.Published.Upper - check.Published.Lower;
            if (digit == 0)
            {
                digit = Math.Max(check.Implied.Upper - check.Implied.Lower, 1e-9m);
            }
            double Offset(decimal v) => SymmetricLog((double)((v - middle) / digit));
            var position = list.Count - 1 - i;
            intervals.Add(
                (
                    position + 0.18,
                    Offset(check.Published.Lower),
                    Offset(check.Published.Upper),
                    Level
                )
            );
            intervals.Add(
                (
                    position - 0.18,
                    Offset(check.Implied.Lower),
                    Offset(check.Implied.Upper),
                    check.IsConsistent ? Rise : Fall
                )
            );
        }
        var low = Math.Min(-1, intervals.Min(b => b.From));
        var high = Math.Max(1, intervals.Max(b => b.To));
        // The narrowest interval drawn: 1.5% of the axis, so that a point-like interval is still seen.
        var narrowest = 0.015 * (high - low);
        var plot = new Plot();
        Bar[] bars =
        [
            .. intervals.Select(b =>
            {
                var (from, to) =
                    b.To - b.From >= narrowest
                        ? (b.From, b.To)
                        : (
                            ((b.From + b.To) / 2) - (narrowest / 2),
                            ((b.From + b.To) / 2) + (narrowest / 2)
                        );
                return new Bar
                {
                    Position = b.Position,
                    ValueBase = from,
                    Value = to,
                    Size = 0.3,
                    FillColor = b.Color,
                    Orientation = Orientation.Horizontal,
                };
            }),
        ];
        plot.Add.Bars(bars);
        plot.Add.VerticalLine(0, 1, Colors.Gray);
        var ticks = new[] { -10_000, -1000, -100, -10, -1, 0, 1, 10, 100, 1000, 10_000 }
            .Where(t => SymmetricLog(t) >= low - 0.01 && SymmetricLog(t) <= high + 0.01)
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks.Select(t => SymmetricLog(t))],
            [.. ticks.Select(t => t.ToString("+#,0;−#,0;0", Invariant))]
        );
        var pad = 0.05 * (high - low);
        plot.Axes.SetLimitsX(low - pad, high + pad);
        plot.Axes.SetLimitsY(-0.6, list.Count - 0.4);
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] statements =
        [
            .. list.Select(c => ShortLabel.Of(c.Statement, full, max: 48)).Reverse(),
        ];
        Ticks(plot, statements, vertical: false);
        // The axis label is centred under the plot, which the statements leave at the image's width less about
        // 7.6 pixels a character of the longest; a smaller font where it would not fit.
        const string Axis =
            "offset from the published figure in units of its last digit (log beyond ±1)";
        var plotWidth = 900 - 40 - (7.6 * statements.Select(l => l.Length).DefaultIfEmpty(0).Max());
        plot.XLabel(Axis, (float)Math.Min(16, plotWidth / (0.62 * Axis.Length)));
        FitTitle(plot, title ?? "Published figures against their inputs");
        return new TradeChart(plot, title ?? "Published figures against their inputs")
        {
            Width = 900,
            Height = 120 + (50 * list.Count),
            FullLabels = full,
        };
    }

    /// <summary>An offset on an axis linear within ±1 and logarithmic beyond: ±(1 + log10 |v|).</summary>
    private static double SymmetricLog(double value) =>
        Math.Abs(value) <= 1 ? value : Math.Sign(value) * (1 + Math.Log10(Math.Abs(value)));

    /// <summary>
    /// A roll-up as a sunburst: the inner ring the top categories (the children of a single root), the outer ring their
    /// children in the main breakdown (alternative breakdowns, "of which" items and memos overlap it and are left out),
    /// each sector's angle its share of the total. Categories without a positive total are left out.
    /// </summary>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="title">The title; the classification's name when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollUp"/> is null.</exception>
    public static TradeChart Hierarchy(CategoryRollUp rollUp, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(rollUp);
        var roots = rollUp.Classification.Roots;
        var top = roots.Count == 1 ? roots[0].Children : roots;
        decimal Total(Category c) =>
            rollUp.TryGetTotal(c, out var t) && t.Amount > 0 ? t.Amount : 0m;
        var inner = top.Where(c =>
                c.Relation is CategoryRelation.Part or CategoryRelation.Root && Total(c) > 0
            )
            .ToList();
        var whole = inner.Sum(Total);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var start = 0.0;
        for (var i = 0; i < inner.Count; i++)
        {
            var category = inner[i];
            var sweep = (double)(Total(category) / whole) * 360;
            var color = palette.GetColor(i);
            Sector(plot, 0.3, 0.65, start, sweep, color, category.Code);
            var childStart = start;
            // Only the main breakdown: alternative parts, "of which" items and memos overlap it.
            var parts = category.Children.Where(c => c.Relation == CategoryRelation.Part);
            foreach (var child in parts.Where(c => Total(c) > 0))
            {
                var childSweep = (double)(Total(child) / whole) * 360;
                Sector(plot, 0.66, 1.0, childStart, childSweep, color.Lighten(0.35), child.Code);
                childStart += childSweep;
            }
            start += sweep;
        }
        if (roots.Count == 1)
        {
            plot.Add.Text(roots[0].Code, 0, 0).LabelAlignment = Alignment.MiddleCenter;
        }
        plot.Axes.SquareUnits();
        plot.Axes.Frameless();
        plot.HideGrid();
        FitTitle(plot, title ?? rollUp.Classification.Name);
        return new TradeChart(plot, title ?? rollUp.Classification.Name)
        {
            Width = 560,
            Height = 560,
        };
    }

    /// <summary>
    /// Growth from each period to the next of a cube's largest lines (by their total in the last period), as lines over
    /// the periods; a growth that is undefined leaves a gap.
    /// </summary>
    /// <param name="cube">A cube grouped by period or year and other dimensions.</param>
    /// <param name="lines">How many lines to draw (5 unless given).</param>
    /// <param name="title">The title; "Growth" when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> is null.</exception>
    /// <exception cref="ArgumentException">The cube has fewer than two periods.</exception>
    public static TradeChart GrowthSeries(FlowCube cube, int lines = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(cube);
        if (cube.Periods.Count < 2)
        {
            throw new ArgumentException(
                $"Growth needs two periods or more; the cube has {cube.Periods.Count}.",
                nameof(cube)
            );
        }
        var steps = Enumerable
            .Range(1, cube.Periods.Count - 1)
            .Select(i => cube.Growth(cube.Periods[i], cube.Periods[i - 1]))
            .ToList();
        var largest = steps[^1]
            .OrderByDescending(g => g.Current?.Amount ?? decimal.MinValue)
            .Take(lines)
            .Select(g => g.Key)
            .ToList();
        var plot = new Plot();
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in largest)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (var s = 0; s < steps.Count; s++)
            {
                var line = steps[s].FirstOrDefault(g => g.Key == key);
                xs.Add(s + 1);
                ys.Add(
                    line is not null && line.Growth.TryGetValue(out var v) ? (double)v : double.NaN
                );
            }
            var scatter = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            scatter.LegendText = ShortLabel.Of(key.ToString(), full);
        }
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        PeriodTicks(plot, [.. cube.Periods.Skip(1).Select(p => p.ToString())], width: 720);
        plot.Axes.SetLimitsX(0.5, steps.Count + 0.5);
        plot.YLabel("growth on the period before, %");
        plot.ShowLegend(Edge.Bottom);
        FitTitle(plot, title ?? "Growth");
        return new TradeChart(plot, title ?? "Growth") { FullLabels = full };
    }

    /// <summary>
    /// Period labels under the x axis at positions 1, 2, …: every one when they fit side by side, otherwise every
    /// k-th, counted back from the last so that the latest period is always named.
    /// </summary>
    private static void PeriodTicks(Plot plot, string[] labels, int width)
    {
        // About 7.6 pixels a character in the 12-pixel tick font, and a gap of two characters; the plot takes the
        // image's width less about 90 pixels of axis labels.
        var longest = labels.Max(l => l.Length);
        var room = (width - 90) / Math.Max(labels.Length, 1);
        var every = (int)Math.Ceiling(((longest + 2) * 7.6) / room);
        var shown = Enumerable
            .Range(0, labels.Length)
            .Where(i => (labels.Length - 1 - i) % Math.Max(every, 1) == 0)
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. shown.Select(i => (double)(i + 1))],
            [.. shown.Select(i => labels[i])]
        );
    }

    private static TradeChart Bars(
        IEnumerable<(string Label, PercentFigure Figure)> items,
        string title,
        string unit
    )
    {
        var list = items.ToList();
        var plot = new Plot();
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        var bars = new List<Bar>();
        var undefined = new List<(double Position, string Text)>();
        var (low, high) = (0.0, 0.0);
        foreach (var (label, figure) in list)
        {
            var position = list.Count - 1 - bars.Count - undefined.Count;
            if (!figure.TryGetValue(out var value))
            {
                // The line keeps its place and says why it has no bar.
                undefined.Add((position, figure.ToString(1)));
                continue;
            }
            bars.Add(
                new Bar
                {
                    Position = position,
                    Value = (double)value,
                    FillColor = value >= 0 ? Rise : Fall,
                    Orientation = Orientation.Horizontal,
                    Label = figure.ToString(1),
                }
            );
            (low, high) = (Math.Min(low, (double)value), Math.Max(high, (double)value));
        }
        plot.Add.Bars(bars);
        // Room beyond the longest bar on either side for its value label, which is drawn past the bar's end.
        var span = high - low > 0 ? high - low : 1;
        var left = low < 0 ? low - (0.24 * span) : -0.02 * span;
        var right = high > 0 ? high + (0.24 * span) : 0.02 * span;
        plot.Axes.SetLimitsX(left, right);
        plot.Axes.SetLimitsY(-0.7, list.Count - 0.3);
        foreach (var (position, text) in undefined)
        {
            var note = plot.Add.Text(text, (left + right) / 2, position);
            note.LabelAlignment = Alignment.MiddleCenter;
            note.LabelFontColor = Colors.Gray;
            note.LabelFontSize = 12;
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, list.Count).Select(i => (double)(list.Count - 1 - i))],
            [.. list.Select(item => ShortLabel.Of(item.Label, full))]
        );
        plot.XLabel(unit);
        FitTitle(plot, title);
        return new TradeChart(plot, title)
        {
            Height = 120 + (32 * Math.Max(1, list.Count)),
            FullLabels = full,
        };
    }

    private static void Ticks(Plot plot, string[] labels, bool vertical, int first = 0)
    {
        var positions = Enumerable.Range(first, labels.Length).Select(i => (double)i).ToArray();
        var generator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        if (vertical)
        {
            plot.Axes.Bottom.TickGenerator = generator;
        }
        else
        {
            plot.Axes.Left.TickGenerator = generator;
        }
    }

    private static void Sector(
        Plot plot,
        double inner,
        double outer,
        double start,
        double sweep,
        Color color,
        string label
    )
    {
        var sector = plot.Add.AnnularSector(
            new Coordinates(0, 0),
            outer,
            inner,
            Angle.FromDegrees(start),
            Angle.FromDegrees(sweep)
        );
        sector.FillColor = color;
        sector.LineColor = Colors.White;
        if (sweep >= 12)
        {
            var middle = (start + (sweep / 2)) * Math.PI / 180;
            var radius = (inner + outer) / 2;
            var text = plot.Add.Text(label, radius * Math.Cos(middle), radius * Math.Sin(middle));
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontSize = 11;
        }
    }

    /// <summary>A money difference in a bar label: with a magnitude word, two decimals.</summary>
    private static string Short(decimal amount)
    {
        if (Math.Abs(amount) < 1_000_000m)
        {
            return amount.ToString("N0", Invariant);
        }
        var magnitude = Magnitude.ShortScaleFor(amount);
        return $"{magnitude.FromUnits(amount).ToString("N2", Invariant)} {magnitude.Name}";
    }

    /// <summary>
    /// Sets the title in a size that fits: the title is centred over the plot area, which axis labels and a legend leave
    /// at about 440 pixels of the default 720, so a long title gets a smaller font rather than being cut at the image's
    /// edge.
    /// </summary>
    private static void FitTitle(Plot plot, string title)
    {
        const float Default = 16;
        // About 0.6 em a character in the bold title font.
        var fits = (float)(440 / (0.6 * Math.Max(title.Length, 1)));
        plot.Title(title, Math.Min(Default, fits));
    }
}
