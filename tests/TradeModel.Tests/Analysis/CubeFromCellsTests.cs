using FsCheck.Xunit;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// A cube carried to another process as its cells (every part public, quantities included) is rebuilt equal to the
/// cube it came from: the seam a cluster or a file of partial results uses.
/// </summary>
public sealed class CubeFromCellsTests
{
    private static readonly FlowQuery ByYearReporterChapter = FlowQuery.By(
        FlowDimension.Year,
        FlowDimension.Reporter,
        FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
    );

    private static FlowCell Copy(FlowCell cell) =>
        new(
            cell.Key,
            cell.Total,
            cell.Flows,
            cell.FlowsWithoutValue,
            cell.Quantities,
            cell.FlowsWithQuantity,
            cell.ValueWithQuantity,
            cell.QuantityWithValue
        );

    private static List<string> Described(FlowCube cube) =>
        [
            .. cube.Select(c =>
                $"{c.Key} {c.Total} {c.Flows} {c.FlowsWithoutValue} {string.Join(";", c.Quantities)} {c.FlowsWithQuantity} {c.UnitValue}"
            ),
        ];

    [Property(MaxTest = 20)]
    public void A_cube_rebuilt_from_copies_of_its_cells_equals_it_quantities_and_unit_values_included(
        int seed
    )
    {
        var flows = RandomFlows.InTonnes(RandomFlows.Make(seed));
        var cube = flows.Aggregate(ByYearReporterChapter);

        var rebuilt = FlowCube.FromCells(
            cube.Query,
            cube.Classification,
            cube.Currency,
            cube.Select(Copy).Reverse(),
            cube.FlowsOutside
        );

        Assert.Equal(Described(cube), Described(rebuilt));
        Assert.Equal(cube.FlowsOutside, rebuilt.FlowsOutside);
    }

    [Fact]
    public void Cells_whose_keys_do_not_fit_the_query_are_refused_naming_the_key()
    {
        var hs = HarmonizedSystem2022.Classification;
        var query = FlowQuery.By(FlowDimension.Reporter);
        var china = Economy.FromCode("CHN");
        var cell = new FlowCell(
            new FlowKey(Reporter: china),
            Money.FromMagnitude(1m, Magnitude.Billion, Currency.USD),
            1,
            0
        );
        var extra = new FlowCell(
            new FlowKey(Reporter: china, Direction: TradeDirection.Exports),
            null,
            1,
            1
        );
        var lacking = new FlowCell(new FlowKey(Direction: TradeDirection.Exports), null, 1, 1);
        var yuan = new FlowCell(
            new FlowKey(Reporter: china),
            Money.FromMagnitude(1m, Magnitude.Billion, Currency.CNY),
            1,
            0
        );

        Assert.Contains(
            "Two cells have the key",
            Assert
                .Throws<ArgumentException>(() =>
                    FlowCube.FromCells(query, hs, Currency.USD, [cell, cell])
                )
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "holds a value for a dimension",
            Assert
                .Throws<ArgumentException>(() =>
                    FlowCube.FromCells(query, hs, Currency.USD, [extra])
                )
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "has no value for the dimension",
            Assert
                .Throws<ArgumentException>(() =>
                    FlowCube.FromCells(query, hs, Currency.USD, [lacking])
                )
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "is in CNY, the cube in USD",
            Assert
                .Throws<ArgumentException>(() =>
                    FlowCube.FromCells(query, hs, Currency.USD, [yuan])
                )
                .Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_cell_refuses_parts_that_cannot_be_together()
    {
        var key = new FlowKey(Reporter: Economy.FromCode("CHN"));
        var tonnes = Mass.FromTonnes(5);
        var value = Money.FromMagnitude(1m, Magnitude.Million, Currency.USD);

        Assert.Throws<ArgumentException>(() =>
            new FlowCell(key, value, 2, 0, [tonnes, Mass.FromKilograms(1)], 2, null, null)
        );
        Assert.Throws<ArgumentException>(() =>
            new FlowCell(key, value, 2, 0, [tonnes], 2, value, null)
        );
        Assert.Throws<ArgumentException>(() =>
            new FlowCell(key, value, 2, 0, [tonnes], 2, value, Volume.FromLiters(1))
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FlowCell(key, value, 2, 0, [tonnes], 3, null, null)
        );
        Assert.Equal(
            value / 5m,
            new FlowCell(key, value, 2, 0, [tonnes], 2, value, tonnes).UnitValue!.Value.Price
        );
    }
}
