using System.Globalization;
using System.Net;
using System.Text;
using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>
/// A release in words with its proof: the sentences, every number each prints (exact value, rounding, printed text,
/// the interval it stands for) and every check that the printed numbers agree. <see cref="ProofTable"/> writes the
/// proof as text; <see cref="ToHtml"/> as an HTML table for notebooks and pages.
/// </summary>
public sealed class RenderedRelease
{
    internal RenderedRelease(
        Release release,
        ReleaseStyle style,
        IReadOnlyList<RenderedStatement> statements,
        IReadOnlyList<ReleaseCheck> checks
    )
    {
        Release = release;
        Style = style;
        Statements = statements;
        Checks = checks;
    }

    /// <summary>The release.</summary>
    public Release Release { get; }

    /// <summary>The style it was worded in.</summary>
    public ReleaseStyle Style { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<RenderedStatement> Statements { get; }

    /// <summary>Every check, in order: figures printed twice, checks within a sentence, then across sentences.</summary>
    public IReadOnlyList<ReleaseCheck> Checks { get; }

    /// <summary>Whether every check passes.</summary>
    public bool IsConsistent => Checks.All(c => c.IsConsistent);

    /// <summary>
    /// The text: sentences joined into paragraphs (an "of which" part, or a balance, share or contribution of the
    /// subject just named, continues the paragraph); paragraphs separated by a blank line.
    /// </summary>
    public string Text
    {
        get
        {
            var chinese = Style.Language == ReleaseLanguage.Chinese;
            var text = new StringBuilder();
            for (var i = 0; i < Statements.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(Continues(i) ? (chinese ? string.Empty : " ") : "\n\n");
                }
                text.Append(Statements[i].Text);
            }
            return text.ToString();
        }
    }

    /// <summary>The proof as a text table: a block per statement with its figures, then the checks.</summary>
    /// <returns>The table.</returns>
    public string ProofTable()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Statements.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Statements[i].Text}\n");
            text.Append(
                TextTable.Write(
                    ["figure", "exact", "rounding", "printed", "stands for"],
                    [.. Statements[i].Figures.Select(FigureRow)],
                    "   "
                )
            );
        }
        text.Append("\nchecks\n");
        text.Append(
            TextTable.Write(
                ["", "statements", "check", "printed", "the others allow"],
                [.. Checks.Select(CheckRow)],
                "   "
            )
        );
        return text.ToString();
    }

    /// <summary>The sentences and the proof as HTML: a paragraph per paragraph, a table of figures and a table of checks.</summary>
    /// <returns>The HTML fragment.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder("<div class=\"trademodel-release\">");
        foreach (var paragraph in Text.Split("\n\n"))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }
        html.Append(
            "<table><thead><tr><th>#</th><th>figure</th><th>exact</th><th>rounding</th><th>printed</th><th>stands for</th></tr></thead><tbody>"
        );
        for (var i = 0; i < Statements.Count; i++)
        {
            foreach (var row in Statements[i].Figures.Select(FigureRow))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + 1}</td>");
                foreach (var cell in row)
                {
                    html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
                }
                html.Append("</tr>");
            }
        }
        html.Append(
            "</tbody></table><table><thead><tr><th></th><th>statements</th><th>check</th><th>printed</th><th>the others allow</th></tr></thead><tbody>"
        );
        foreach (var row in Checks.Select(CheckRow))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>The text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    private bool Continues(int i)
    {
        var statement = Statements[i].Statement;
        return statement.PartOf is not null
            || (
                statement is BalanceStatement or ShareStatement or ContributionStatement
                && Statements[i - 1].Statement.Item.Subject == statement.Item.Subject
            );
    }

    private static IReadOnlyList<string> FigureRow(ShownFigure figure) =>
        [
            $"{ShownFigure.RoleName(figure.Role)} of {figure.Item}",
            figure.Role == FigureRole.Rate ? figure.Shown.ToString(CultureInfo.InvariantCulture)
            : figure.Figure.IsTyped ? "(typed)"
            : figure.Figure.ToString(),
            figure.Rounding,
            (figure.Text.Length == 0 ? "flat" : figure.Text)
                + (figure.InSentence ? string.Empty : " (proof only)"),
            figure.Interval.ToString(),
        ];

    private static IReadOnlyList<string> CheckRow(ReleaseCheck check)
    {
        var digits = Math.Min(
            10,
            (int)Math.Max(check.Check.Published.Lower.Scale, check.Check.Published.Upper.Scale) + 1
        );
        var against = check
            .Against.Where(a => a != check.Statement)
            .Distinct()
            .Select(a => (a + 1).ToString(CultureInfo.InvariantCulture))
            .ToList();
        return
        [
            check.IsConsistent ? "ok" : "FAILS",
            (check.Statement + 1).ToString(CultureInfo.InvariantCulture)
                + (against.Count == 0 ? string.Empty : " vs " + string.Join(", ", against)),
            check.Check.Statement,
            check.Check.Published.ToString(),
            check.Check.Implied.RoundOutward(digits).ToString(digits),
        ];
    }
}
