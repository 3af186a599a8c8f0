using Microsoft.DotNet.Interactive.Formatting;
using TradeModel.Interactive.Charts;
using TradeModel.Interactive.Display;
using TradeModel.Interactive.Internal;

namespace TradeModel.Interactive;

/// <summary>
/// How TradeModel's values display in a notebook (HTML) and a terminal (plain text): money and percentages as
/// formatted text with the exact value at hand, a category as one line with its path (never its whole
/// classification), flows, cubes, release tables, growth, contributions and shares as tables of at most 20 rows, a
/// roll-up as an indented tree, a read report as counts with its first errors, a chart as SVG, a rendered release
/// as its paragraphs with its proof tables.
/// </summary>
/// <remarks>
/// <c>#r "nuget: TradeModel.Interactive"</c> in a .NET Interactive notebook (Polyglot Notebooks, Jupyter with the .NET
/// kernel) calls <see cref="Register"/> by itself; elsewhere, call it once. <see cref="ToHtml"/> and
/// <see cref="ToText"/> give the same output without a notebook.
/// </remarks>
/// <example>
/// <code language="csharp">
/// #r "nuget: TradeModel.Interactive"
/// using TradeModel;
/// Money.Parse("CNY 7523.8", null) * 100_000_000   // shows CNY 752.38 billion, the exact amount in its tooltip
/// </code>
/// </example>
public static class TradeModelFormatters
{
    private static readonly Type[] Displayed =
    [
        typeof(Money),
        typeof(PercentFigure),
        typeof(Releases.PublishedFigure),
        typeof(Flows.TotalTrade),
        typeof(Flows.TradeBalance),
        typeof(Flows.BalanceChange),
        typeof(Classifications.Category),
        typeof(Classifications.Classification),
        typeof(Economies.Economy),
        typeof(Flows.TradeFlow),
        typeof(Flows.TradeFlowCollection),
        typeof(Analysis.FlowCell),
        typeof(Analysis.FlowCube),
        typeof(Classifications.CategoryRollUp),
        typeof(Data.ReadResult),
        typeof(Data.ReadReport),
        typeof(Releases.ReleaseRow),
        typeof(IEnumerable<Releases.ReleaseRow>),
        typeof(IEnumerable<Releases.ConsistencyCheck>),
        typeof(IEnumerable<Analysis.FlowGrowth>),
        typeof(IEnumerable<Analysis.FlowContribution>),
        typeof(IEnumerable<Analysis.FlowShare>),
        typeof(IEnumerable<Analysis.IndicatorValue>),
        typeof(Statements.RenderedRelease),
    ];

    private static readonly Lock Gate = new();
    private static Func<object, Action<object>?>? inPlaceDisplay;
    private static bool registered;

    /// <summary>
    /// Registers the HTML and plain-text formatters with .NET Interactive's formatter registry (and SVG for charts).
    /// Calling it again does nothing.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }
            foreach (var type in Displayed)
            {
                Formatter.Register(
                    type,
                    (value, writer) => writer.Write(ToHtml(value)),
                    HtmlFormatter.MimeType
                );
                Formatter.Register(
                    type,
                    (value, writer) => writer.Write(ToText(value)),
                    PlainTextFormatter.MimeType
                );
                // Both, so that a saved notebook carries text for terminals and tools as well as the HTML.
                Formatter.SetPreferredMimeTypesFor(
                    type,
                    HtmlFormatter.MimeType,
                    PlainTextFormatter.MimeType
                );
            }
            Formatter.Register<TradeChart>(chart => chart.ToSvg(), SvgMimeType);
            Formatter.Register<TradeChart>(chart => chart.ToSvg(), HtmlFormatter.MimeType);
            Formatter.Register<TradeChart>(chart => chart.ToString(), PlainTextFormatter.MimeType);
            Formatter.SetPreferredMimeTypesFor(
                typeof(TradeChart),
                SvgMimeType,
                PlainTextFormatter.MimeType
            );
            registered = true;
        }
    }

    /// <summary>
    /// Shows a read's <see cref="ReadProgressBar"/> once in the notebook and updates it in place, so that a saved
    /// notebook keeps its last state (outside a notebook the bar writes lines to the console). The package's notebook
    /// extension calls it on <c>#r "nuget: TradeModel.Interactive"</c>; call it yourself only where that extension does
    /// not run (a kernel loading the assembly by path). Calling it again does nothing.
    /// </summary>
    public static void UseNotebookDisplay() => InPlaceDisplay = NotebookDisplay.Show;

    /// <summary>The MIME type of charts: <c>image/svg+xml</c>.</summary>
    public const string SvgMimeType = "image/svg+xml";

    /// <summary>A value as compact HTML, as a notebook shows it once <see cref="Register"/> has run.</summary>
    /// <param name="value">A TradeModel value (money, figure, category, flows, cube, release rows, read report…).</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">TradeModel does not display values of this type; the message names it.</exception>
    public static string ToHtml(object value) =>
        View(value) switch
        {
            InlineView inline => Render.Span(inline.Shown, inline.Exact),
            TableView table => Render.Html(table),
            _ => value switch
            {
                TradeChart chart => chart.ToSvg(),
                Statements.RenderedRelease release => release.ToHtml(),
                _ => throw NotDisplayed(value),
            },
        };

    /// <summary>A value as plain text, as a terminal shows it once <see cref="Register"/> has run.</summary>
    /// <param name="value">A TradeModel value.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">TradeModel does not display values of this type; the message names it.</exception>
    public static string ToText(object value) =>
        View(value) switch
        {
            InlineView inline => inline.Text,
            TableView table => Render.Text(table),
            _ => value switch
            {
                TradeChart chart => chart.ToString(),
                Statements.RenderedRelease release => release.Text + "\n\n" + release.ProofTable(),
                _ => throw NotDisplayed(value),
            },
        };

    /// <summary>How the notebook shows a value and updates it in place, once <see cref="UseNotebookDisplay"/> has run.</summary>
    internal static Func<object, Action<object>?>? InPlaceDisplay
    {
        get => Volatile.Read(ref inPlaceDisplay);
        private set => Volatile.Write(ref inPlaceDisplay, value);
    }

    private static object? View(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Views.Of(value);
    }

    private static ArgumentException NotDisplayed(object value) =>
        new($"TradeModel has no display for {value.GetType().FullName}.", nameof(value));
}
