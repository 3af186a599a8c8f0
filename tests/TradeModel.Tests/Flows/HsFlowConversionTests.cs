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
    public void Each_converted_flow_is_its_source_flow_in_a_target_subheading_with_an_equal_part_of_its_value()
    {
        // Plain amounts, negative ones, missing ones, amounts with more decimals than the column keeps in fixed point
        // and amounts too large for it, quantities in two units: every kind of row, interleaved.
        var correlation = HsCorrelation.Between(2017, 2022);
        var random = new Random(17);
        var flows = new TradeFlowCollection(correlation.Source, Currency.USD);
        var appender = flows.CreateAppender();
        var economies = new[]
        {
            Economy.FromCode("CHN"),
            Economy.FromCode("USA"),
            Economy.FromComtradeCode(490),
        };
        var subheadings = correlation
            .Source.Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .ToArray();
        for (var i = 0; i < 5_000; i++)
        {
            var kind = random.Next(10);
            decimal? value = kind switch
            {
                0 => null,
                1 => -random.Next(1, 1_000_000) / 100m,
                2 => random.Next(1, 1_000_000) / 1_000_000_000_000m,
                3 => 79_228_162_514_264_337_593_543m + random.Next(1000),
                _ => random.Next(1, 100_000_000) / 1000m,
            };
            var quantity = random.Next(4) == 0 ? double.NaN : random.Next(1, 1000);
            appender.Append(
                economies[random.Next(economies.Length)],
                economies[random.Next(economies.Length)],
                random.Next(2) == 0 ? TradeDirection.Exports : TradeDirection.Imports,
                subheadings[random.Next(subheadings.Length)],
                ReferencePeriod.ForYear(2016 + random.Next(2)),
                value,
                value is null ? ObservationStatus.Missing : ObservationStatus.Normal,
                quantity,
                double.IsNaN(quantity) ? null
                    : random.Next(2) == 0 ? MassUnit.Tonne
                    : MassUnit.Kilogram
            );
        }

        var converted = flows.ConvertTo(correlation).Flows.ToArray();

        // Each source flow, in order, gives one flow per target: the value split as Money.Split splits it (missing
        // stays missing), the quantity divided by the number of targets, everything else as it was.
        var expected = flows
            .SelectMany(flow =>
            {
                var targets = correlation
                    .Links.Where(l => l.Source == flow.Category)
                    .Select(l => l.Target)
                    .ToArray();
                var parts = flow.Value?.Split(targets.Length);
                return targets.Select(
                    (target, t) => (flow, target, part: parts?[t], targets.Length)
                );
            })
            .ToArray();
        Assert.Equal(expected.Length, converted.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var (source, target, part, count) = expected[i];
            var flow = converted[i];
            Assert.Equal(
                (source.Reporter, source.Partner, source.Direction, target, source.Period),
                (flow.Reporter, flow.Partner, flow.Direction, flow.Category, flow.Period)
            );
            Assert.Equal((part, source.Status), (flow.Value, flow.Status));
            Assert.Equal(source.Quantity?.Unit, flow.Quantity?.Unit);
            if (source.Quantity is { } quantity)
            {
                // A double: the same share, to nine decimals of a quantity below a thousand.
                Assert.Equal((double)quantity.Value / count, (double)flow.Quantity!.Value, 9);
            }
        }
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
