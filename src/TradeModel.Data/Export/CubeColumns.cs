using System.Globalization;
using TradeModel.Analysis;
using UnitsNet;

namespace TradeModel.Data.Export;

/// <summary>
/// A cube as a tidy table, the one shape every export writes: for each of the query's dimensions a code column (and
/// a name column for economies and categories), then the value, the currency, the flows and flows without value, and,
/// when the query sums quantities, a column for each unit the cells have and the flows with a quantity.
/// </summary>
internal static class CubeColumns
{
    /// <summary>The columns of a cube, in the order they are written.</summary>
    internal static IReadOnlyList<ExportColumn<FlowCell>> Of(FlowCube cube)
    {
        var columns = new List<ExportColumn<FlowCell>>();
        foreach (var dimension in cube.Query.Dimensions)
        {
            columns.AddRange(DimensionColumns(dimension));
        }
        columns.Add(new("value", typeof(decimal), c => c.Total?.Amount));
        var currency = cube.Currency.Code;
        columns.Add(new("currency", typeof(string), _ => currency));
        columns.Add(new("flows", typeof(int), c => c.Flows));
        columns.Add(new("flows_without_value", typeof(int), c => c.FlowsWithoutValue));
        if (cube.Query.SumsQuantities)
        {
            foreach (var unit in UnitsOf(cube))
            {
                columns.Add(
                    new($"quantity_{Abbreviation(unit)}", typeof(double), c => QuantityIn(c, unit))
                );
            }
            columns.Add(new("flows_with_quantity", typeof(int), c => c.FlowsWithQuantity));
        }
        return Unique(columns);
    }

    private static IEnumerable<ExportColumn<FlowCell>> DimensionColumns(FlowDimension dimension)
    {
        switch (dimension.Kind)
        {
            case FlowDimensionKind.Period:
            case FlowDimensionKind.Year:
                yield return new(
                    dimension.Kind == FlowDimensionKind.Year ? "year" : "period",
                    typeof(string),
                    c => c.Key.Period?.ToString()
                );
                break;
            case FlowDimensionKind.Reporter:
            case FlowDimensionKind.ReporterGroup:
                yield return new("reporter", typeof(string), c => c.Key.Reporter?.Code);
                yield return new("reporter_name", typeof(string), c => c.Key.Reporter?.Name);
                break;
            case FlowDimensionKind.Partner:
            case FlowDimensionKind.PartnerGroup:
                yield return new("partner", typeof(string), c => c.Key.Partner?.Code);
                yield return new("partner_name", typeof(string), c => c.Key.Partner?.Name);
                break;
            case FlowDimensionKind.Direction:
                yield return new("direction", typeof(string), c => c.Key.Direction?.ToString());
                break;
            case FlowDimensionKind.CategoryGrouping:
                yield return new("grouping", typeof(string), c => c.Key.Grouping?.Name);
                break;
            default:
                yield return new("category", typeof(string), c => c.Key.Category?.Code);
                yield return new("category_name", typeof(string), c => c.Key.Category?.Name);
                break;
        }
    }

    /// <summary>The units of the cells' quantities, in the order first met.</summary>
    private static List<Enum> UnitsOf(FlowCube cube)
    {
        var units = new List<Enum>();
        foreach (var cell in cube)
        {
            foreach (var quantity in cell.Quantities)
            {
                if (!units.Contains(quantity.Unit))
                {
                    units.Add(quantity.Unit);
                }
            }
        }
        return units;
    }

    private static double? QuantityIn(FlowCell cell, Enum unit)
    {
        foreach (var quantity in cell.Quantities)
        {
            if (quantity.Unit.Equals(unit))
            {
                return (double)quantity.Value;
            }
        }
        return null;
    }

    /// <summary>The unit's invariant abbreviation ("t", "kg", "l"), or its name when it has none.</summary>
    private static string Abbreviation(Enum unit)
    {
        var abbreviation = UnitsNetSetup.Default.UnitAbbreviations.GetDefaultAbbreviation(
            unit,
            CultureInfo.InvariantCulture
        );
        return string.IsNullOrEmpty(abbreviation) ? unit.ToString() : abbreviation;
    }

    /// <summary>The columns with a name met twice (two category dimensions) numbered from the second on.</summary>
    private static List<ExportColumn<FlowCell>> Unique(List<ExportColumn<FlowCell>> columns)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<ExportColumn<FlowCell>>(columns.Count);
        foreach (var column in columns)
        {
            var times = seen[column.Name] = seen.GetValueOrDefault(column.Name) + 1;
            unique.Add(
                times == 1
                    ? column
                    : column with
                    {
                        Name = string.Create(
                            CultureInfo.InvariantCulture,
                            $"{column.Name}_{times}"
                        ),
                    }
            );
        }
        return unique;
    }
}
