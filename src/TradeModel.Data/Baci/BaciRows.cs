using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Data.Baci;

/// <summary>
/// The collection a BACI read builds, fed parsed rows in the source's order: each code's dense code in the collection
/// cached per distinct code of the source, repeats looked for when asked, errors thrown or collected.
/// </summary>
internal sealed class BaciRows
{
    /// <summary>The unit of every quantity, boxed once rather than per row.</summary>
    private static readonly Enum Tonne = MassUnit.Tonne;

    private readonly Classification classification;
    private readonly bool collecting;
    private readonly CodedFlowAppender appender;
    private readonly WrittenCodes written = new();

    /// <summary>The collection's code + 1 of each economy seen, by its numeric code (0 when not seen yet).</summary>
    private readonly int[] economies = new int[1000];

    /// <summary>The collection's code + 1 of each product seen, by heading (the code's first four digits) and then subheading.</summary>
    private readonly int[]?[] products = new int[]?[10_000];
    private readonly Dictionary<int, int> years = [];

    /// <summary>The flows read so far, when repeats are refused; null when they are kept (and not looked for).</summary>
    private readonly RepeatedFlows? repeats;
    private readonly int tonne;
    private int lastYear;
    private int lastPeriod;

    /// <param name="classification">The HS vintage of the products.</param>
    /// <param name="options">Errors and repeats.</param>
    /// <param name="report">The source's report.</param>
    /// <param name="capacity">The rows expected.</param>
    internal BaciRows(
        Classification classification,
        ReadOptions options,
        ReadReport report,
        int capacity
    )
    {
        this.classification = classification;
        Report = report;
        collecting = options.Errors == ErrorMode.Collect;
        repeats = options.Duplicates == DuplicateRows.Refuse ? new RepeatedFlows() : null;
        Flows = new TradeFlowCollection(classification, Currency.USD, capacity);
        appender = Flows.CreateCodedAppender();
        tonne = appender.CodeOf(Tonne);
    }

    internal TradeFlowCollection Flows { get; }

    internal ReadReport Report { get; }

    /// <summary>A capacity for the rows of a source of that many bytes: a BACI row has about 28 bytes.</summary>
    internal static int CapacityFor(long? bytes) =>
        bytes is { } total ? (int)Math.Clamp(total / 28, 1024, 1L << 28) : 1024;

    /// <summary>A bad row: thrown in strict mode, recorded in collect mode.</summary>
    internal void Reject(RowError error)
    {
        if (!collecting)
        {
            throw new DataFormatException(error);
        }
        Report.Reject(error);
    }

    /// <summary>Adds a good row as a flow, unless it repeats an earlier one and repeats are refused.</summary>
    /// <param name="row">The row, its line in the source.</param>
    /// <param name="dollars">The value when the row keeps it as a decimal.</param>
    internal void Add(in BaciRow row, decimal dollars)
    {
        var period = PeriodOf(row.Year);
        var exporter = EconomyOf(row.Exporter);
        var importer = EconomyOf(row.Importer);
        var product = ProductOf(row.Product);
        if (repeats is not null && IsRepeat(exporter, importer, product, period, row.Line))
        {
            return;
        }
        var unit = double.IsNaN(row.Tonnes) ? -1 : tonne;
        if (row.Scale >= 0)
        {
            appender.AppendFixedPoint(
                exporter,
                importer,
                TradeDirection.Exports,
                product,
                period,
                row.Units,
                row.Scale,
                row.Tonnes,
                unit
            );
        }
        else
        {
            appender.Append(
                exporter,
                importer,
                TradeDirection.Exports,
                product,
                period,
                dollars,
                ObservationStatus.Normal,
                row.Tonnes,
                unit
            );
        }
        Report.Accept();
    }

    /// <summary>The flows and the report; the room made for rows not read goes back (16 bytes a flow, 24 with quantities).</summary>
    internal ReadResult Result()
    {
        Flows.TrimExcess();
        return new(Flows, Report, codesAsWritten: written.Codes);
    }

    /// <summary>Whether the row repeats an earlier flow (then noted as an error); otherwise notes the flow.</summary>
    private bool IsRepeat(int exporter, int importer, int product, int period, long line)
    {
        var key = RepeatedFlows.KeyOf(exporter, importer, TradeDirection.Exports, product, period);
        if (repeats!.TryGetFirst(key, out var first))
        {
            Reject(new RowError(Report.Source, line, 1, "", "", RepeatedFlows.Reason(first)));
            return true;
        }
        repeats.Add(key, line);
        return false;
    }

    private int PeriodOf(int year)
    {
        if (year == lastYear)
        {
            return lastPeriod;
        }
        if (!years.TryGetValue(year, out var period))
        {
            period = appender.CodeOf(ReferencePeriod.ForYear(year));
            years[year] = period;
        }
        (lastYear, lastPeriod) = (year, period);
        return period;
    }

    private int EconomyOf(int code)
    {
        if ((uint)code < (uint)economies.Length && economies[code] > 0)
        {
            return economies[code] - 1;
        }
        // The parser found it an economy.
        var found = Economy.FromComtradeCode(code);
        var economy = appender.CodeOf(found);
        written.Add(found, code.ToString(CultureInfo.InvariantCulture), Report);
        if ((uint)code < (uint)economies.Length)
        {
            economies[code] = economy + 1;
        }
        return economy;
    }

    private int ProductOf(int code)
    {
        if (products[code / 100] is { } subheadings && subheadings[code % 100] > 0)
        {
            return subheadings[code % 100] - 1;
        }
        // The parser found it a product of the classification.
        var product = appender.CodeOf(BaciRowParser.ProductOf(classification, code)!);
        (products[code / 100] ??= new int[100])[code % 100] = product + 1;
        return product;
    }
}
