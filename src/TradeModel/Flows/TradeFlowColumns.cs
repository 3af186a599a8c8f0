using System.Runtime.InteropServices;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;

namespace TradeModel.Flows;

/// <summary>
/// A read-only view of a <see cref="TradeFlowCollection"/>'s storage: the dictionaries of economies, categories, periods
/// and units of measure, and per flow its codes into them, its exact value in fixed point and its quantity. The bulk
/// path for writers and engines that read millions of flows without a flow object per row. Made by
/// <see cref="TradeFlowCollection.Columns"/>.
/// </summary>
/// <remarks>
/// <para>
/// Row <c>i</c> is the flow with reporter <c>Economies[ReporterCodes[i]]</c>, partner <c>Economies[PartnerCodes[i]]</c>,
/// category <c>Categories[CategoryCodes[i]]</c>, period <c>Periods[Keys[i].PeriodCode]</c>, direction and status
/// <c>Keys[i]</c>, value <see cref="ValueAt"/> and quantity <see cref="QuantityAt"/>: exactly what enumerating the
/// collection gives, in the same order.
/// </para>
/// <para>
/// Values are held as whole numbers of units of 10^-<see cref="ValueScale"/> (<see cref="ValueUnits"/>), except two
/// sentinels: <see cref="MissingValue"/> for a flow without a value and <see cref="ValueHeldApart"/> for a value that
/// 64 bits at the column's scale cannot hold, kept exactly as a decimal (<see cref="ValueAt"/> gives it).
/// </para>
/// <para>
/// The spans show the collection as it is when they are taken: take them again after adding flows.
/// </para>
/// </remarks>
public sealed class TradeFlowColumns
{
    /// <summary>The units of a flow without a value (missing or withheld).</summary>
    public const long MissingValue = FixedPointColumn.Missing;

    /// <summary>The units of a flow whose value is held apart as a decimal; <see cref="ValueAt"/> gives it.</summary>
    public const long ValueHeldApart = FixedPointColumn.Outlier;

    private readonly TradeFlowCollection flows;

    internal TradeFlowColumns(TradeFlowCollection flows) => this.flows = flows;

    /// <summary>How many flows (rows) there are.</summary>
    public int Count => flows.Count;

    /// <summary>The economies, by code.</summary>
    public IReadOnlyList<Economy> Economies => flows.Economies;

    /// <summary>The categories, by code (in the order first added, not classification order).</summary>
    public IReadOnlyList<Category> Categories => flows.CategoryCodes;

    /// <summary>The periods, by code (in the order first added).</summary>
    public IReadOnlyList<ReferencePeriod> Periods => flows.Periods;

    /// <summary>The units of measure of the quantities (UnitsNet unit values such as <c>MassUnit.Tonne</c>), by code.</summary>
    public IReadOnlyList<Enum> QuantityUnits => flows.Units;

    /// <summary>Each flow's reporter code, an index into <see cref="Economies"/>.</summary>
    public ReadOnlySpan<ushort> ReporterCodes => flows.ReporterColumn.AsSpan(0, Count);

    /// <summary>Each flow's partner code, an index into <see cref="Economies"/>.</summary>
    public ReadOnlySpan<ushort> PartnerCodes => flows.PartnerColumn.AsSpan(0, Count);

    /// <summary>Each flow's category code, an index into <see cref="Categories"/>.</summary>
    public ReadOnlySpan<ushort> CategoryCodes => flows.CategoryColumn.AsSpan(0, Count);

    /// <summary>Each flow's period code, direction and status.</summary>
    public ReadOnlySpan<CodedFlowKey> Keys =>
        MemoryMarshal.Cast<ushort, CodedFlowKey>(flows.KeyColumn.AsSpan(0, Count));

    /// <summary>The scale of <see cref="ValueUnits"/>: a value is its units × 10^-scale (0 to 9).</summary>
    public int ValueScale => flows.Values.Scale;

    /// <summary>
    /// Each flow's value in units of 10^-<see cref="ValueScale"/>, or <see cref="MissingValue"/>, or
    /// <see cref="ValueHeldApart"/>.
    /// </summary>
    public ReadOnlySpan<long> ValueUnits => flows.Values.Units.AsSpan(0, Count);

    /// <summary>Whether some flow's value is held apart (<see cref="ValueHeldApart"/>).</summary>
    public bool HasValuesHeldApart => flows.Values.HasOutliers;

    /// <summary>
    /// Each flow's quantity in the unit <see cref="QuantityUnitCodeAt"/> names, <see cref="double.NaN"/> for none; empty
    /// when no flow has a quantity.
    /// </summary>
    public ReadOnlySpan<double> Quantities =>
        flows.QuantityColumn is { } q ? q.AsSpan(0, Count) : ReadOnlySpan<double>.Empty;

    /// <summary>
    /// Each flow's quantity unit code, an index into <see cref="QuantityUnits"/>; empty while every quantity is in the
    /// first unit (code 0).
    /// </summary>
    public ReadOnlySpan<byte> QuantityUnitCodes =>
        flows.QuantityUnitColumn is { } u ? u.AsSpan(0, Count) : ReadOnlySpan<byte>.Empty;

    /// <summary>A flow's exact value, or null when it has none.</summary>
    /// <param name="row">The row, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The value in the collection's currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside the collection.</exception>
    public decimal? ValueAt(int row)
    {
        Preconditions.CheckArgumentRange(nameof(row), row, 0, Count - 1);
        return flows.ValueAt(row);
    }

    /// <summary>A flow's quantity unit code, or −1 when it has no quantity.</summary>
    /// <param name="row">The row, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>An index into <see cref="QuantityUnits"/>, or −1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside the collection.</exception>
    public int QuantityUnitCodeAt(int row)
    {
        Preconditions.CheckArgumentRange(nameof(row), row, 0, Count - 1);
        return flows.QuantityCodeAt(row).Unit;
    }

    /// <summary>A flow's quantity and its unit, or (NaN, null) when it has none.</summary>
    /// <param name="row">The row, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The quantity and its UnitsNet unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside the collection.</exception>
    public (double Quantity, Enum? Unit) QuantityAt(int row)
    {
        Preconditions.CheckArgumentRange(nameof(row), row, 0, Count - 1);
        return flows.QuantityAt(row);
    }
}
