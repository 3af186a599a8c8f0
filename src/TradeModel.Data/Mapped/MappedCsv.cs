using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Data.Mapped;

/// <summary>
/// A CSV file of any layout, read through a declared <see cref="ColumnMapping"/>: the caller names which column is
/// reporter, partner, direction, category, period, value, currency, unit multiplier, quantity, unit and status.
/// Everything else works as for the other readers: exact values, missing stays missing, errors by line and column.
/// </summary>
public static class MappedCsv
{
    private static readonly Dictionary<string, Enum> UnitAbbreviations = new(StringComparer.Ordinal)
    {
        ["t"] = MassUnit.Tonne,
        ["kg"] = MassUnit.Kilogram,
        ["g"] = MassUnit.Gram,
        ["l"] = VolumeUnit.Liter,
        ["m3"] = VolumeUnit.CubicMeter,
        ["u"] = ScalarUnit.Amount,
    };

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The mapping, codes and errors.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a mapped column missing from the header, or no currency.</exception>
    public static ReadResult Read(
        string path,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        return CsvSource.ReadFile(
            path,
            options,
            csv => new RowReader(csv, options),
            options.Delimiter,
            cancellationToken
        );
    }

    /// <summary>Reads a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static async Task<ReadResult> ReadAsync(
        string path,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        return await CsvSource
            .ReadFileAsync(
                path,
                options,
                csv => new RowReader(csv, options),
                options.Delimiter,
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>Reads from a stream (left open).</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">The mapping, codes and errors.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a mapped column missing from the header, or no currency.</exception>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return CsvSource.ReadAll(
            stream,
            sourceName,
            options,
            csv => new RowReader(csv, options),
            options.Delimiter,
            cancellationToken
        );
    }

    private sealed class RowReader : IRowReader
    {
        private readonly CsvSource csv;
        private readonly MappedCsvOptions options;
        private readonly FlowSink flows;
        private readonly Dictionary<string, Economy> economies = new(
            StringComparer.OrdinalIgnoreCase
        );
        private readonly int reporter;
        private readonly int partner;
        private readonly int direction;
        private readonly int category;
        private readonly int period;
        private readonly int value;
        private readonly int currency;
        private readonly int multiplier;
        private readonly int quantity;
        private readonly int unit;
        private readonly int status;

        internal RowReader(CsvSource csv, MappedCsvOptions options)
        {
            this.csv = csv;
            this.options = options;
            flows = new FlowSink(options.Classification, options.Currency);
            var map = options.Columns;
            int Optional(string? name) => name is null ? -1 : csv.Column(name);
            reporter = csv.Column(map.Reporter);
            partner = Optional(map.Partner);
            direction = csv.Column(map.Direction);
            category = csv.Column(map.Category);
            period = csv.Column(map.Period);
            value = csv.Column(map.Value);
            currency = Optional(map.Currency);
            multiplier = Optional(map.UnitMultiplier);
            quantity = Optional(map.Quantity);
            unit = Optional(map.Unit);
            status = Optional(map.Status);
            if (currency < 0 && options.Currency is null)
            {
                throw new DataFormatException(
                    new RowError(
                        csv.Source,
                        1,
                        1,
                        "",
                        "",
                        "is where a currency column was expected: map one, or give the currency in the options."
                    )
                );
            }
        }

        public ReadResult Result() => new(flows.Collection, csv.Report);

        public void ReadRow()
        {
            if (
                !csv.HasAllFields()
                || !TryEconomy(reporter, out var from)
                || !TryPartner(out var to)
                || !TryDirection(out var towards)
                || !TryCategory(out var item)
                || !TryPeriod(out var when)
                || !TryCurrency(out var money)
                || !TryValue(out var amount)
                || !TryStatus(amount, out var observed)
                || !TryQuantity(out var count, out var measure)
            )
            {
                return;
            }
            try
            {
                flows
                    .AppenderFor(money)
                    .Append(from, to, towards, item, when, amount, observed, count, measure);
            }
            catch (ArgumentException e)
            {
                csv.Fail(value, $"does not make a flow: {e.Message}");
                return;
            }
            csv.Accept();
        }

        private bool TryEconomy(int column, out Economy economy)
        {
            var code = csv.Text(column);
            if (economies.TryGetValue(code, out economy!))
            {
                return true;
            }
            var found =
                options.EconomyCodes == EconomyCodes.Comtrade
                    ? int.TryParse(
                        code,
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var number
                    ) && Economy.TryFromComtradeCode(number, out economy!)
                    : Economy.TryFromCode(code, out economy!);
            if (!found)
            {
                csv.Fail(
                    column,
                    options.EconomyCodes == EconomyCodes.Comtrade
                        ? "is not a UN Comtrade economy code."
                        : "is not an ISO 3166 or M49 economy code."
                );
                return false;
            }
            economies[code] = economy;
            return true;
        }

        private bool TryPartner(out Economy economy)
        {
            if (partner < 0)
            {
                economy = Economy.World;
                return true;
            }
            return TryEconomy(partner, out economy);
        }

        private bool TryDirection(out TradeDirection towards)
        {
            if (options.DirectionCodes.TryGetValue(csv.Text(direction), out towards))
            {
                return true;
            }
            csv.Fail(direction, "is not one of the direction codes of the options.");
            return false;
        }

        private bool TryCategory(out Category item) =>
            csv.TryCategory(category, options.Classification, out item);

        private bool TryPeriod(out ReferencePeriod when) => csv.TryPeriod(period, out when);

        private bool TryCurrency(out Currency money) =>
            csv.TryCurrency(currency, options.Currency, flows.RowCurrency, out money);

        private bool TryValue(out decimal? amount)
        {
            amount = null;
            var text = csv.Text(value);
            if (text.Length == 0)
            {
                return true;
            }
            if (!UnitMultiplier.TryParse(csv.Text(multiplier), out var power))
            {
                csv.Fail(multiplier, UnitMultiplier.Invalid);
                return false;
            }
            if (!UnitMultiplier.TryScale(text, power, out var parsed, out var reason))
            {
                csv.Fail(value, $"is not an exact value: {reason}");
                return false;
            }
            amount = parsed;
            return true;
        }

        private bool TryStatus(decimal? amount, out ObservationStatus observed)
        {
            observed = amount is null ? ObservationStatus.Missing : ObservationStatus.Normal;
            if (status < 0 || csv.Text(status).Length == 0)
            {
                return true;
            }
            if (options.StatusCodes.TryGetValue(csv.Text(status), out observed))
            {
                return true;
            }
            csv.Fail(status, "is not one of the status codes of the options.");
            return false;
        }

        private bool TryQuantity(out double count, out Enum? measure)
        {
            count = double.NaN;
            measure = null;
            var text = csv.Text(quantity);
            if (
                quantity < 0
                || text.Length == 0
                || text.Equals("NA", StringComparison.OrdinalIgnoreCase)
            )
            {
                return true;
            }
            if (
                !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out count)
                || !double.IsFinite(count)
                || count < 0
            )
            {
                csv.Fail(
                    quantity,
                    "is not a quantity: a finite number of at least 0, NA or blank."
                );
                return false;
            }
            var unitText = csv.Text(unit);
            if (
                !UnitAbbreviations.TryGetValue(unitText, out measure)
                && !QuantityUnitText.TryParse(unitText, out measure)
            )
            {
                csv.Fail(
                    unit,
                    "is not a unit: Type.Unit as UnitsNet names it (MassUnit.Tonne), or t, kg, g, l, m3, u."
                );
                return false;
            }
            return true;
        }
    }
}
