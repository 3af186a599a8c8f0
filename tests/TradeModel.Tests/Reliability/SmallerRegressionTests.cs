using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Flows;
using TradeModel.Rates;
using TradeModel.Releases;
using TradeModel.Tests.Support;
using UnitsNet.Units;

namespace TradeModel.Tests.Reliability;

/// <summary>The smaller defects of the hostile-input run, and the surprises met while writing a consumer program.</summary>
[Collection(CultureSensitiveTests.Name)]
public sealed class SmallerRegressionTests
{
    [Fact]
    public void Splitting_into_more_parts_than_the_limit_is_an_argument_error_not_out_of_memory()
    {
        var amount = new Money(100m, Currency.CNY);

        Assert.Throws<ArgumentOutOfRangeException>(() => amount.Split(int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => amount.Split(Money.MaxSplitParts + 1));
        Assert.Equal([33.34m, 33.33m, 33.33m], amount.Split(3).Select(m => m.Amount));
        Assert.Equal([-33.34m, -33.33m, -33.33m], (-amount).Split(3).Select(m => m.Amount));
    }

    [Fact]
    public void Splitting_agrees_with_allocating_in_equal_ratios()
    {
        var amount = new Money(-1234.567m, Currency.USD);

        Assert.Equal(amount.Allocate(1m, 1m, 1m, 1m, 1m, 1m, 1m), amount.Split(7));
    }

    [Fact]
    public void A_published_figure_cannot_have_more_decimals_than_it_was_rounded_to()
    {
        var error = Assert.Throws<ArgumentException>(() => new PublishedFigure(18.25m, 1));

        Assert.Contains("18.25", error.Message, StringComparison.Ordinal);
        Assert.True(new PublishedFigure(18.20m, 1).Admits(18.2m));
        Assert.True(new PublishedFigure(18.25m).Admits(18.25m));
    }

    [Fact]
    public void A_concordance_link_reads_the_same_in_every_culture()
    {
        var link = new ConcordanceLink("8471", "847130", 0.5m);
        var invariant = link.ToString();

        using (new CultureScope("de-DE"))
        {
            Assert.Equal(invariant, link.ToString());
        }
        Assert.Contains("Weight = 0.5", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_many_custom_currencies_keeps_every_earlier_one()
    {
        var registered = Enumerable
            .Range(0, 5_000)
            .Select(i => Currency.Register($"QQ{i:00000}", $"Test unit {i}", 2))
            .ToList();

        Assert.All(
            registered.Select((c, i) => (c, i)),
            p => Assert.Equal(p.c, Currency.FromCode($"qq{p.i:00000}"))
        );
        Assert.Equal(registered[42], Currency.Register("QQ00042", "Test unit 42", 2));
        Assert.Equal(Currency.CNY, Currency.FromCode("CNY"));
    }

    [Fact]
    public void A_percent_figure_follows_a_format_string()
    {
        var growth = PercentFigure.Percent(14.3956m);

        Assert.Equal("14.40%", $"{growth:F2}");
        Assert.Equal("14%", growth.ToString("F0", null));
        Assert.Equal("14.3956%", growth.ToString("G", null));
        Assert.Equal("14,4%", growth.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("1,234.5 pp", PercentFigure.Points(1234.5m).ToString("N1", null));
        Assert.Throws<FormatException>(() => growth.ToString("X", null));
    }

    [Fact]
    public void Growth_rates_sort_with_undefined_ones_first()
    {
        PercentFigure[] rates =
        [
            PercentFigure.Percent(5m),
            PercentFigure.Undefined(UndefinedReason.ZeroBase, FigureUnit.Percent),
            PercentFigure.Percent(-2m),
        ];

        Assert.Equal([rates[1], rates[2], rates[0]], rates.Order());
        Assert.True(rates[2] < rates[0]);
        Assert.Throws<ArgumentException>(() => rates[0] < PercentFigure.Points(1m));
    }

    [Fact]
    public void Magnitudes_intervals_and_unit_values_are_ordered()
    {
        Assert.True(Magnitude.Yi < Magnitude.Billion);
        Assert.True(Magnitude.Thousand > Magnitude.One);
        Assert.True(new DecimalInterval(1m, 2m) < new DecimalInterval(1m, 3m));
        var perTonne = new UnitValue(new Money(5m, Currency.USD), MassUnit.Tonne);
        var dearer = new UnitValue(new Money(6m, Currency.USD), MassUnit.Tonne);
        Assert.True(perTonne < dearer);
        Assert.Throws<ArgumentException>(() =>
            perTonne < new UnitValue(new Money(1m, Currency.USD), MassUnit.Kilogram)
        );
    }

    [Fact]
    public void The_section_level_of_HS_has_the_synthetic_section_of_chapter_99_as_its_docs_say()
    {
        var atLevel = HarmonizedSystem2022.Classification.AtLevel(
            HarmonizedSystem2022.SectionLevel
        );

        Assert.Equal(22, atLevel.Count());
        Assert.Equal(21, HarmonizedSystem2022.Sections.Count);
        Assert.Equal(
            ["NOSECTION"],
            atLevel.Except(HarmonizedSystem2022.Sections).Select(c => c.Code).ToArray()
        );
    }

    [Fact]
    public void Total_services_has_twelve_main_items_and_ten_memo_items_as_its_docs_say()
    {
        var children = Ebops2010.Services.Children;

        Assert.Equal(22, children.Count);
        Assert.Equal(12, Ebops2010.MainItems.Count);
        Assert.Equal(10, children.Count(c => c.Relation == CategoryRelation.Memo));
    }
}
