using Microsoft.DotNet.Interactive.Formatting;
using TradeModel.Classifications;
using TradeModel.Interactive.Charts;

namespace TradeModel.Interactive.Tests;

/// <summary>Once registered, .NET Interactive's own formatter registry shows TradeModel's values the library's way.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void Registered_formatters_give_the_notebook_the_compact_html()
    {
        TradeModelFormatters.Register();
        var category = Ebops2010.Classification["SD"];

        Assert.Equal(
            TradeModelFormatters.ToHtml(category),
            category.ToDisplayString(HtmlFormatter.MimeType)
        );
        Assert.Equal(
            TradeModelFormatters.ToText(SeedFigures.Exports),
            SeedFigures.Exports.ToDisplayString(PlainTextFormatter.MimeType)
        );
    }

    [Fact]
    public void A_list_of_release_rows_takes_the_table_formatter()
    {
        TradeModelFormatters.Register();
        var rows = SeedFigures.Rows.ToList();

        Assert.Equal(
            TradeModelFormatters.ToHtml(rows),
            rows.ToDisplayString(HtmlFormatter.MimeType)
        );
    }

    [Fact]
    public void A_chart_displays_as_svg()
    {
        TradeModelFormatters.Register();
        var chart = TradeCharts.Contributions(SeedFigures.Rows);

        var svg = chart.ToDisplayString(TradeModelFormatters.SvgMimeType);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Contributions to growth", svg, StringComparison.Ordinal);
    }
}
