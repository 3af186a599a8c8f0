using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;
using UnitsNet.Units;

namespace TradeModel.Tests.Flows;

public sealed class TradeFlowAppenderTests
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;
    private static readonly ReferencePeriod Y2024 = ReferencePeriod.ForYear(2024);

    [Fact]
    public void Appended_parts_make_the_same_flows_as_added_flow_objects()
    {
        var china = Economy.FromCode("CHN");
        var japan = Economy.FromCode("JPN");
        TradeFlow[] flows =
        [
            new(
                china,
                japan,
                TradeDirection.Exports,
                Hs["010121"],
                Y2024,
                new Money(1234.567m, Currency.USD),
                quantity: Mass.FromTonnes(12.5)
            ),
            new(
                china,
                Economy.FromComtradeCode(490),
                TradeDirection.Exports,
                Hs["0101"],
                Y2024,
                new Money(5m, Currency.USD)
            ),
            new(
                japan,
                china,
                TradeDirection.Imports,
                Hs["010121"],
                Y2024,
                null,
                ObservationStatus.Confidential
            ),
            new(
                japan,
                china,
                TradeDirection.Imports,
                Hs["01"],
                ReferencePeriod.ForYear(2023),
                null,
                ObservationStatus.Missing
            ),
        ];
        var added = new TradeFlowCollection(Hs, Currency.USD);
        added.AddRange(flows);
        var appended = new TradeFlowCollection(Hs, Currency.USD);
        var appender = appended.CreateAppender();

        foreach (var f in flows)
        {
            appender.Append(
                f.Reporter,
                f.Partner,
                f.Direction,
                f.Category,
                f.Period,
                f.Value?.Amount,
                f.Status,
                f.Quantity is { } q ? (double)q.Value : double.NaN,
                f.Quantity?.Unit
            );
        }

        Assert.Equal(
            JsonSerializer.Serialize(added.ToArray()),
            JsonSerializer.Serialize(appended.ToArray())
        );
        Assert.Equal(added.Total(FlowFilter.All), appended.Total(FlowFilter.All));
    }

    [Fact]
    public void The_appender_checks_what_a_flow_checks()
    {
        var appender = new TradeFlowCollection(Hs, Currency.USD).CreateAppender();
        var china = Economy.FromCode("CHN");

        Assert.Throws<ArgumentException>(() =>
            appender.Append(china, china, TradeDirection.Exports, Hs["01"], Y2024, null)
        );
        Assert.Throws<ArgumentException>(() =>
            appender.Append(
                china,
                china,
                TradeDirection.Exports,
                Hs["01"],
                Y2024,
                1m,
                ObservationStatus.Missing
            )
        );
        Assert.Throws<ArgumentException>(() =>
            appender.Append(china, china, (TradeDirection)99, Hs["01"], Y2024, 1m)
        );
        Assert.Throws<ArgumentException>(() =>
            appender.Append(china, china, TradeDirection.Exports, Ebops2010.Services, Y2024, 1m)
        );
        Assert.Throws<ArgumentException>(() =>
            appender.Append(
                china,
                china,
                TradeDirection.Exports,
                Hs["01"],
                Y2024,
                1m,
                quantity: -1,
                quantityUnit: MassUnit.Tonne
            )
        );
        Assert.Throws<ArgumentException>(() =>
            appender.Append(china, china, TradeDirection.Exports, Hs["01"], Y2024, 1m, quantity: 1)
        );
        Assert.Throws<ArgumentException>(() =>
            appender.Append(
                china,
                china,
                TradeDirection.Exports,
                Hs["01"],
                Y2024,
                1m,
                quantityUnit: MassUnit.Tonne
            )
        );
        Assert.Empty(appender.Collection);
    }
}
