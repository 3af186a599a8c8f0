using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// BACI-like flows in memory, deterministic (seed 42): two years, 230 exporters and importers, every HS 2022
/// subheading, values in whole USD (BACI's thousands with three decimals) and, as in real BACI, a quantity in tonnes
/// with three decimals on 98% of rows; as plain arrays of dense codes (the baselines' input) and as the same flows in
/// a <see cref="TradeFlowCollection"/>. Size: <c>TRADEMODEL_ANALYSIS_ROWS</c> (10,000,000 by default).
/// </summary>
public sealed class AnalysisData
{
    /// <summary>The first of the two years.</summary>
    public const int FirstYear = 2023;

    private AnalysisData(int rows, int firstYear, int seed)
    {
        StartYear = firstYear;
        var hs = HarmonizedSystem2022.Classification;
        Subheadings = [.. hs.AtLevel(HarmonizedSystem2022.SubheadingLevel)];
        Economies = [.. Economy.Countries.Take(230)];
        Years = new byte[rows];
        Exporters = new ushort[rows];
        Importers = new ushort[rows];
        Products = new ushort[rows];
        Values = new long[rows];
        Tonnes = new long[rows];
        Directions = new byte[rows];
        var random = new Random(seed);
        var quantities = new Random(seed + 1);
        var directions = new Random(seed + 2);
        for (var i = 0; i < rows; i++)
        {
            // Sorted by year and exporter, as BACI files are.
            Years[i] = (byte)(i < rows / 2 ? 0 : 1);
            var withinYear = i < rows / 2 ? i : i - (rows / 2);
            Exporters[i] = (ushort)((long)withinYear * Economies.Length / Math.Max(1, rows / 2));
            Importers[i] = (ushort)random.Next(Economies.Length);
            Products[i] = (ushort)random.Next(Subheadings.Length);
            Values[i] = (long)Math.Exp(random.NextDouble() * 18);
            // A unit value of 0.1 to 100 USD per kg; 2% of rows without a quantity, as in BACI.
            Tonnes[i] =
                quantities.Next(50) == 0
                    ? NoQuantity
                    : (long)(Values[i] / Math.Exp(quantities.NextDouble() * 7) * 10) + 1;
            Directions[i] = (byte)directions.Next(2);
        }
    }

    /// <summary>How many flows, from <c>TRADEMODEL_ANALYSIS_ROWS</c>.</summary>
    public static int Rows =>
        int.TryParse(Environment.GetEnvironmentVariable("TRADEMODEL_ANALYSIS_ROWS"), out var rows)
            ? rows
            : 10_000_000;

    /// <summary>The subheadings, by product code.</summary>
    public Category[] Subheadings { get; }

    /// <summary>The economies, by exporter and importer code.</summary>
    public Economy[] Economies { get; }

    /// <summary>0 for the first year, 1 for the second.</summary>
    public byte[] Years { get; }

    /// <summary>Exporter codes.</summary>
    public ushort[] Exporters { get; }

    /// <summary>Importer codes.</summary>
    public ushort[] Importers { get; }

    /// <summary>Product codes (index into <see cref="Subheadings"/>).</summary>
    public ushort[] Products { get; }

    /// <summary>Values in USD.</summary>
    public long[] Values { get; }

    /// <summary>
    /// For data of both directions (a reporter's exports and imports, as UN Comtrade has them): 0 when the flow is the
    /// reporter's export, 1 when it is its import (from the partner). BACI-shaped benchmarks leave it aside.
    /// </summary>
    public byte[] Directions { get; }

    /// <summary>What <see cref="Tonnes"/> holds for a flow without a quantity.</summary>
    public const long NoQuantity = long.MinValue;

    /// <summary>Quantities in thousandths of a tonne (kilograms), or <see cref="NoQuantity"/>.</summary>
    public long[] Tonnes { get; }

    /// <summary>Generates the flows.</summary>
    /// <param name="rows">How many.</param>
    /// <returns>The data.</returns>
    public static AnalysisData Generate(int rows) => new(rows, FirstYear, 42);

    /// <summary>Generates the flows of two other years, with another seed (for datasets of many years).</summary>
    /// <param name="rows">How many.</param>
    /// <param name="firstYear">The first of the two years.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The data.</returns>
    public static AnalysisData Generate(int rows, int firstYear, int seed) =>
        new(rows, firstYear, seed);

    /// <summary>The first of the data's two years.</summary>
    public int StartYear { get; }

    /// <summary>The flows as a collection, through the bulk appender.</summary>
    /// <param name="tonnes">Whether flows get their quantity in tonnes (98% of them, as in BACI).</param>
    /// <param name="bothDirections">Whether flows are exports or imports as <see cref="Directions"/> says (else all exports, as in BACI).</param>
    /// <returns>The collection.</returns>
    public TradeFlowCollection ToCollection(bool tonnes = false, bool bothDirections = false)
    {
        var flows = new TradeFlowCollection(
            HarmonizedSystem2022.Classification,
            Currency.USD,
            Values.Length
        );
        AppendTo(flows.CreateAppender(), tonnes, bothDirections);
        return flows;
    }

    /// <summary>Appends the flows to a collection (one of several slices, say), through its bulk appender.</summary>
    /// <param name="appender">The collection's appender.</param>
    /// <param name="tonnes">Whether flows get their quantity in tonnes (98% of them, as in BACI).</param>
    /// <param name="bothDirections">Whether flows are exports or imports as <see cref="Directions"/> says (else all exports, as in BACI).</param>
    public void AppendTo(
        TradeFlowAppender appender,
        bool tonnes = false,
        bool bothDirections = false
    ) => AppendRange(appender, 0, Values.Length, tonnes, bothDirections);

    /// <summary>
    /// Appends a range of the rows (sorted by year and exporter, as BACI files are) to a collection: one partition of a
    /// dataset cut into files of consecutive rows.
    /// </summary>
    /// <param name="appender">The collection's appender.</param>
    /// <param name="start">The first row.</param>
    /// <param name="count">How many rows.</param>
    /// <param name="tonnes">Whether flows get their quantity in tonnes (98% of them, as in BACI).</param>
    /// <param name="bothDirections">Whether flows are exports or imports as <see cref="Directions"/> says (else all exports, as in BACI).</param>
    public void AppendRange(
        TradeFlowAppender appender,
        int start,
        int count,
        bool tonnes = false,
        bool bothDirections = false
    )
    {
        ArgumentNullException.ThrowIfNull(appender);
        var years = new[]
        {
            ReferencePeriod.ForYear(StartYear),
            ReferencePeriod.ForYear(StartYear + 1),
        };
        for (var i = start; i < start + count; i++)
        {
            appender.Append(
                Economies[Exporters[i]],
                Economies[Importers[i]],
                bothDirections && Directions[i] == 1
                    ? TradeDirection.Imports
                    : TradeDirection.Exports,
                Subheadings[Products[i]],
                years[Years[i]],
                Values[i],
                quantity: tonnes && Tonnes[i] != NoQuantity ? Tonnes[i] / 1000.0 : double.NaN,
                quantityUnit: tonnes && Tonnes[i] != NoQuantity
                    ? UnitsNet.Units.MassUnit.Tonne
                    : null
            );
        }
    }
}
