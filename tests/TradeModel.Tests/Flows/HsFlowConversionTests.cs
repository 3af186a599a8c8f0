using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Tests.Flows;

/// <summary>Flows move between HS editions with their value conserved to the cent and missing values kept missing.</summary>
public sealed class HsFlowConversionTests
{
    private static TradeFlowCollection Flows(Classification hs, int seed)
    {
        var random = new Random(seed);
        var flows = new TradeFlowCollection(hs, Currency.USD);
        var appender = flows.CreateAppender();
        var china = Economy.FromCode("CHN");
        var partners = new[]
        {
            Economy.FromCode("USA"),
            Economy.FromCode("DEU"),
            Economy.FromComtradeCode(490),
        };
        var subheadings = hs
            .Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            var missing = random.Next(20) == 0;
            appender.Append(
                china,
                partners[random.Next(partners.Length)],
                TradeDirection.Exports,
                subheadings[random.Next(subheadings.Length)],
                ReferencePeriod.ForYear(2017),
                missing ? null : random.Next(1, 100_000_000) / 1000m,
                missing ? ObservationStatus.Missing : ObservationStatus.Normal,
                missing ? double.NaN : random.Next(1, 1000),
                missing ? null : MassUnit.Tonne
            );
        }
        return flows;
    }

    [Theory]
    [InlineData(2017, 2022)]
    [InlineData(1992, 2022)]
    [InlineData(2022, 2012)]
    public void Converting_flows_conserves_their_total_to_the_smallest_unit(int from, int to)
    {
        var correlation = HsCorrelation.Between(from, to);
        var flows = Flows(correlation.Source, from + to);

        var converted = flows.ConvertTo(correlation);

        Assert.Equal(
            flows.Total(FlowFilter.All).Value,
            converted.Flows.Total(FlowFilter.All).Value + converted.Unmapped
        );
        Assert.Equal(
            converted.Flows.Total(FlowFilter.All).Value,
            converted.ByRelationship.Values.Aggregate(Money.Zero(Currency.USD), (a, b) => a + b)
        );
        Assert.Same(correlation.Target, converted.Flows.Classification);
    }

    [Fact]
    public void Missing_flows_stay_missing_in_every_target()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var flows = Flows(correlation.Source, 5);

        var converted = flows.ConvertTo(correlation);

        Assert.All(
            converted.Flows.Where(f => f.Status == ObservationStatus.Missing),
            f => Assert.Null(f.Value)
        );
        Assert.True(
            converted.Flows.Total(FlowFilter.All).WithoutValue
                >= flows.Total(FlowFilter.All).WithoutValue - converted.UnmappedFlows
        );
    }

    [Fact]
    public void Quantities_are_split_in_the_proportions_of_the_values()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var flows = Flows(correlation.Source, 9);

        var converted = flows.ConvertTo(correlation);

        var before = flows
            .Where(FlowFilter.All)
            .Where(f => f.Quantity is not null && correlation.Unmapped.All(u => u != f.Category))
            .Sum(f => (double)f.Quantity!.Value);
        var after = converted
            .Flows.Where(f => f.Quantity is not null)
            .Sum(f => (double)f.Quantity!.Value);
        Assert.Equal(before, after, 6);
    }

    [Fact]
    public void Flows_of_another_edition_are_refused()
    {
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);

        Assert.Throws<ArgumentException>(() => flows.ConvertTo(HsCorrelation.Between(2017, 2022)));
    }

    [Fact]
    public void A_split_value_is_shared_as_Money_Allocate_shares_it()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var split = correlation.Links.First(l => l.Relationship == HsRelationship.OneToMany).Source;
        var targets = correlation
            .Links.Where(l => l.Source == split)
            .Select(l => l.Target)
            .ToArray();
        var flows = new TradeFlowCollection(correlation.Source, Currency.USD);
        var value = new Money(10.01m, Currency.USD);
        flows
            .CreateAppender()
            .Append(
                Economy.FromCode("CHN"),
                Economy.World,
                TradeDirection.Exports,
                split,
                ReferencePeriod.ForYear(2017),
                value.Amount
            );

        var converted = flows.ConvertTo(correlation);

        Assert.Equal(value.Split(targets.Length), converted.Flows.Select(f => f.Value!.Value));
        Assert.Equal(targets, converted.Flows.Select(f => f.Category));
    }
}
