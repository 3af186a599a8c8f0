using TradeModel.Analysis;
using TradeModel.Flows;
using TradeModel.Interactive.Internal;

namespace TradeModel.Interactive.Display;

internal static partial class Views
{
    private static TableView Flows(IEnumerable<TradeFlow> flows, int count, string title)
    {
        var (shown, note) = Head(flows, count, "flows");
        return Table(
            title,
            ["Reporter", "Partner", "Direction", "Category", "Period", "Value", "Quantity"],
            [
                .. shown.Select(f => new ViewRow([
                    f.Reporter.Alpha3 ?? f.Reporter.Name,
                    f.Partner.Alpha3 ?? f.Partner.Name,
                    f.Direction.ToString(),
                    f.Category.Code,
                    f.Period.ToString(),
                    f.Value is { } v ? v : f.Status.ToString(),
                    f.Quantity?.ToString(null, Invariant) ?? "",
                ])),
            ],
            Columns(5, 2),
            note
        );
    }

    /// <summary>A cube as a table: a column per dimension, then total, flows and flows without value.</summary>
    private static TableView Cube(FlowCube cube)
    {
        var dimensions = cube.Query.Dimensions;
        var (shown, note) = Head(cube, cube.Count, "cells");
        var outside =
            cube.FlowsOutside > 0 ? $" {cube.FlowsOutside:N0} matched flows fall in no cell." : "";
        return Table(
            $"{cube.Count:N0} cells by {string.Join(", ", dimensions.Select(Header))} · {cube.Currency.Code}",
            [.. dimensions.Select(Header), "Total", "Flows", "Without value"],
            [
                .. shown.Select(c => new ViewRow([
                    .. dimensions.Select(d => Part(c.Key, d.Kind)),
                    c.Total,
                    c.Flows.ToString("N0", Invariant),
                    c.FlowsWithoutValue.ToString("N0", Invariant),
                ])),
            ],
            Columns(dimensions.Count, 3),
            note is null && outside.Length == 0 ? null : (note + outside).Trim()
        );
    }

    /// <summary>A dimension as a column header: "Category (level 2)", "Partner group", "Year".</summary>
    private static string Header(FlowDimension dimension) =>
        dimension.Kind switch
        {
            FlowDimensionKind.CategoryLevel => $"Category (level {dimension.Level})",
            FlowDimensionKind.ReporterGroup => "Reporter group",
            FlowDimensionKind.PartnerGroup => "Partner group",
            FlowDimensionKind.CategoryGrouping => "Grouping",
            _ => dimension.Kind.ToString(),
        };

    /// <summary>The part of a key a kind of dimension sets, as text.</summary>
    private static string Part(FlowKey key, FlowDimensionKind kind) =>
        kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => key.Period?.ToString() ?? "",
            FlowDimensionKind.Reporter or FlowDimensionKind.ReporterGroup =>
                key.Reporter?.ToString() ?? "",
            FlowDimensionKind.Partner or FlowDimensionKind.PartnerGroup => key.Partner?.ToString()
                ?? "",
            FlowDimensionKind.Direction => key.Direction?.ToString() ?? "",
            FlowDimensionKind.CategoryGrouping => key.Grouping?.Name ?? "",
            _ => key.Category is { } c ? $"{c.Code} {c.Name}" : "",
        };

    private static TableView Growth(IReadOnlyList<FlowGrowth> lines) =>
        Lines(
            "Growth",
            ["Previous", "Current", "Change", "Growth"],
            lines,
            g => (g.Key, [g.Previous, g.Current, g.Change, g.Growth.ToString(1)])
        );

    private static TableView Contributions(IReadOnlyList<FlowContribution> lines) =>
        Lines(
            "Contributions to growth",
            ["Previous", "Current", "Contribution"],
            lines,
            c => (c.Key, [c.Previous, c.Current, c.Contribution.ToString(1)])
        );

    private static TableView Shares(IReadOnlyList<FlowShare> lines) =>
        Lines(
            "Shares",
            ["Value", "Group total", "Share"],
            lines,
            s => (s.Key, [s.Value, s.GroupTotal, s.Share.ToString(1)])
        );

    private static TableView Indicators(IReadOnlyList<IndicatorValue> values) =>
        Lines(
            "Indicator values",
            ["Value"],
            values,
            v =>
                (
                    v.Key,
                    [
                        v.Value is { } x
                            ? Math.Round(x, 4).ToString("0.0000", Invariant)
                            : $"undefined ({v.Reason})",
                    ]
                )
        );

    /// <summary>A table of lines of a cube (a key each), then numbers: at most <see cref="MaxRows"/> rows.</summary>
    private static TableView Lines<T>(
        string title,
        string[] numbers,
        IReadOnlyList<T> lines,
        Func<T, (FlowKey Key, object?[] Cells)> row
    )
    {
        var (shown, note) = Head(lines, lines.Count, "lines");
        return Table(
            title,
            ["Line", .. numbers],
            [.. shown.Select(row).Select(r => new ViewRow([r.Key.ToString(), .. r.Cells]))],
            Columns(1, numbers.Length),
            note
        );
    }
}
