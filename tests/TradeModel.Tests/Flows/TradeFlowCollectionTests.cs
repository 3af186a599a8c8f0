using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Tests.Flows;

public sealed class TradeFlowCollectionTests
{
    private static readonly Classification Ebops = Ebops2010.Classification;
    private static readonly Economy China = Economy.FromCode("CHN");
    private static readonly Economy Japan = Economy.FromCode("JPN");
    private static readonly Economy Usa = Economy.FromCode("USA");
    private static readonly ReferencePeriod Y2024 = ReferencePeriod.ForYear(2024);
    private static readonly ReferencePeriod Y2023 = ReferencePeriod.ForYear(2023);

    private static Money Cny(decimal amount) => new(amount, Currency.CNY);

    private static TradeFlowCollection Flows()
    {
        var flows = new TradeFlowCollection(Ebops, Currency.CNY, capacity: 2);
        flows.AddRange([
            new TradeFlow(China, Japan, TradeDirection.Exports, Ebops["SD"], Y2024, Cny(100m)),
            new TradeFlow(China, Usa, TradeDirection.Exports, Ebops["SD"], Y2024, Cny(50m)),
            new TradeFlow(China, Japan, TradeDirection.Imports, Ebops["SD"], Y2024, Cny(70m)),
            new TradeFlow(China, Japan, TradeDirection.Exports, Ebops["SC11"], Y2024, Cny(10m)),
            new TradeFlow(China, Japan, TradeDirection.Exports, Ebops["SC11Z"], Y2024, Cny(4m)),
            new TradeFlow(
                China,
                Japan,
                TradeDirection.Exports,
                Ebops["SC12"],
                Y2024,
                null,
                ObservationStatus.Missing
            ),
            new TradeFlow(China, Japan, TradeDirection.Exports, Ebops["SD"], Y2023, Cny(80m)),
        ]);
        return flows;
    }

    [Fact]
    public void Totals_filter_by_reporter_partner_direction_period_and_category()
    {
        var flows = Flows();

        Assert.Equal(
            Cny(150m),
            flows
                .Total(
                    new FlowFilter(
                        Direction: TradeDirection.Exports,
                        Period: Y2024,
                        Category: Ebops["SD"]
                    )
                )
                .Value
        );
        Assert.Equal(
            Cny(100m),
            flows
                .Total(
                    new FlowFilter(
                        Partner: Japan,
                        Direction: TradeDirection.Exports,
                        Period: Y2024,
                        Category: Ebops["SD"]
                    )
                )
                .Value
        );
        Assert.Equal(Cny(80m), flows.Total(new FlowFilter(Period: Y2023)).Value);
        Assert.Equal(Cny(0m), flows.Total(new FlowFilter(Reporter: Japan)).Value);
        Assert.Equal(7, flows.Count);
    }

    [Fact]
    public void A_category_takes_everything_that_adds_up_into_it_but_never_of_which_items()
    {
        var transport = Flows()
            .Total(new FlowFilter(Direction: TradeDirection.Exports, Category: Ebops["SC"]));

        Assert.Equal(Cny(10m), transport.Value);
    }

    [Fact]
    public void Missing_flows_are_counted_apart_and_never_as_zero()
    {
        var total = Flows().Total(new FlowFilter(Category: Ebops["SC1"]));

        Assert.Equal(2, total.Flows);
        Assert.Equal(1, total.WithoutValue);
        Assert.False(total.IsComplete);
    }

    [Fact]
    public void A_region_as_partner_takes_its_members()
    {
        var eastAsia = Economy.FromCode("030");

        Assert.Equal(
            Cny(100m + 70m + 10m + 80m),
            Flows().Total(new FlowFilter(Partner: eastAsia, Category: Ebops["S"])).Value
        );
    }

    [Fact]
    public void Flows_by_category_roll_up_the_classification()
    {
        var rollUp = Flows()
            .ByCategory(new FlowFilter(Direction: TradeDirection.Exports, Period: Y2024))
            .RollUp();

        Assert.Equal(Cny(160m), rollUp.Total("S"));
        Assert.Equal(Cny(4m), rollUp.Total("SC11Z"));
    }

    [Fact]
    public void Flows_come_back_out_with_every_field()
    {
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);
        flows.Add(
            new TradeFlow(
                China,
                Usa,
                TradeDirection.ReExports,
                HarmonizedSystem2022.Classification["010121"],
                Y2024,
                new Money(5m, Currency.USD),
                ObservationStatus.Provisional,
                Mass.FromKilograms(2)
            )
        );

        var flow = Assert.Single(flows.Where(FlowFilter.All));

        Assert.Equal(TradeDirection.ReExports, flow.Direction);
        Assert.Equal(ObservationStatus.Provisional, flow.Status);
        Assert.Equal(Mass.FromKilograms(2), flow.Quantity);
        Assert.Equal(Usa, flow.Partner);
        Assert.Single(flows);
    }

    [Fact]
    public void A_flow_of_another_classification_or_currency_is_rejected()
    {
        var flows = new TradeFlowCollection(Ebops, Currency.CNY);

        Assert.Throws<ArgumentException>(() =>
            flows.Add(
                new TradeFlow(
                    China,
                    Usa,
                    TradeDirection.Exports,
                    HarmonizedSystem2022.Classification["01"],
                    Y2024,
                    Cny(1m)
                )
            )
        );
        Assert.Throws<CurrencyMismatchException>(() =>
            flows.Add(
                new TradeFlow(
                    China,
                    Usa,
                    TradeDirection.Exports,
                    Ebops["SD"],
                    Y2024,
                    new Money(1m, Currency.USD)
                )
            )
        );
    }

    [Fact]
    public void Totals_at_a_level_leave_out_categories_without_values()
    {
        var totals = Flows()
            .TotalsAtLevel(1, new FlowFilter(Direction: TradeDirection.Exports, Period: Y2024));

        Assert.Equal([Ebops["SC"], Ebops["SD"]], totals.Keys.OrderBy(c => c.Code));
        Assert.Equal(Cny(150m), totals[Ebops["SD"]]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Flows().TotalsAtLevel(9, FlowFilter.All));
    }

    [Fact]
    public void A_grouping_total_needs_a_value_for_every_member()
    {
        var flows = new TradeFlowCollection(Ebops, Currency.CNY);
        foreach (var code in new[] { "SF", "SG", "SH", "SI", "SJ" })
        {
            flows.Add(
                new TradeFlow(China, Japan, TradeDirection.Exports, Ebops[code], Y2024, Cny(10m))
            );
        }
        var error = Assert.Throws<InvalidOperationException>(() =>
            flows.Total(Ebops2010.KnowledgeIntensiveServices, FlowFilter.All)
        );
        Assert.Contains("SK", error.Message, StringComparison.Ordinal);

        flows.Add(
            new TradeFlow(China, Japan, TradeDirection.Exports, Ebops["SK2"], Y2024, Cny(5m))
        );

        Assert.Equal(Cny(55m), flows.Total(Ebops2010.KnowledgeIntensiveServices, FlowFilter.All));
    }

    [Fact]
    public void Adding_a_flow_while_enumerating_the_collection_is_an_error()
    {
        var flows = Flows();
        var extra = new TradeFlow(China, Usa, TradeDirection.Imports, Ebops["SD"], Y2024, Cny(1m));

        var whileEnumerating = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in flows)
            {
                flows.Add(extra);
            }
        });
        var whileQuerying = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in flows.Where(new FlowFilter(Partner: Japan)))
            {
                flows.Add(extra);
            }
        });

        Assert.Contains(
            "changed while it was being enumerated",
            whileEnumerating.Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "changed while it was being enumerated",
            whileQuerying.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(9, flows.Count);
    }

    [Fact]
    public void A_query_without_a_filter_is_rejected_when_asked_not_when_enumerated()
    {
        var flows = Flows();

        Assert.Throws<ArgumentNullException>(() => flows.Where(null!));
    }
}
