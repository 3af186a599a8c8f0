using TradeModel.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>Cube comparisons: totals and counts exactly; quantities and unit values to twelve digits, since doubles added in another order may differ in the last bits.</summary>
internal static class Cubes
{
    internal static void AssertEqual(FlowCube expected, FlowCube actual)
    {
        Assert.Equal(
            expected.Select(c =>
                (c.Key, c.Total, c.Flows, c.FlowsWithoutValue, c.FlowsWithQuantity)
            ),
            actual.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue, c.FlowsWithQuantity))
        );
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(
                e.Quantities.Select(q => q.Unit.GetType().Name).Order(),
                a.Quantities.Select(q => q.Unit.GetType().Name).Order()
            );
            foreach (var q in e.Quantities)
            {
                var other = a.Quantities.Single(k => k.Unit.GetType() == q.Unit.GetType());
                Assert.Equal((double)q.Value, other.As(q.Unit), Close((double)q.Value));
            }
            Assert.Equal(e.UnitValue is null, a.UnitValue is null);
            if (e.UnitValue is { } ev && a.UnitValue is { } av)
            {
                var price = (double)ev.Price.Amount;
                Assert.Equal(price, (double)av.ConvertTo(ev.Unit).Price.Amount, Close(price));
            }
        }
    }

    private static double Close(double value) => 1e-12 * Math.Max(1, Math.Abs(value));
}
