using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
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
    ) =>
        SourceFile.Read(path, (stream, name) => ReadFrom(stream, name, options, cancellationToken));

    /// <summary>Reads a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static Task<ReadResult> ReadAsync(
        string path,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.ReadAsync(
            path,
            (stream, name) => ReadFromAsync(stream, name, options, cancellationToken)
        );

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

    /// <summary>Reads from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="ReadFrom"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFrom"/>.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return await CsvSource
            .ReadAllAsync(
                stream,
                sourceName,
                options,
                csv => new RowReader(csv, options),
                options.Delimiter,
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    private sealed class RowReader : IRowReader
    {
        private readonly CsvSource csv;
        private readonly MappedCsvOptions options;
        private readonly FlowRows rows;
        private readonly TextParser<Economy> economyCodes;
        private readonly string economyReason;
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
            rows = new FlowRows(
                csv,
                options.Classification,
                options.Currency,
                csv.EstimatedRows(64),
                options.Duplicates
            );
            var comtrade = options.EconomyCodes == EconomyCodes.Comtrade;
            economyCodes = comtrade ? ComtradeEconomy : IsoOrM49Economy;
            economyReason = comtrade
                ? "is not a UN Comtrade economy code."
                : "is not an ISO 3166 or M49 economy code.";
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

        public ReadResult Result() => rows.Result();

        public void ReadRow()
        {
            Coded<Enum>? measure = null;
            if (
                !csv.HasAllFields()
                || !rows.TryEconomy(reporter, economyCodes, economyReason, out var from)
                || !rows.TryPartner(partner, economyCodes, economyReason, out var to)
                || !TryDirection(out var towards)
                || !rows.TryCategory(category, out var item)
                || !rows.TryPeriod(period, out var when)
                || !rows.TryCurrency(currency, out var money)
                || !rows.TryMultiplier(multiplier, out var power)
                || !rows.TryValue(value, power, out var amount)
                || !TryStatus(amount, out var observed)
                || !rows.TryQuantity(quantity, out var count)
                || (!double.IsNaN(count) && !TryUnit(out measure))
            )
            {
                return;
            }
            rows.Append(
                money,
                from,
                to,
                towards,
                item,
                when,
                amount,
                observed,
                count,
                measure,
                value
            );
        }

        private static bool IsoOrM49Economy(
            string code,
            [NotNullWhen(true)] out Economy? economy
        ) => Economy.TryFromCode(code, out economy);

        private static bool ComtradeEconomy(string code, [NotNullWhen(true)] out Economy? economy)
        {
            economy = null;
            return int.TryParse(
                    code,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var number
                ) && Economy.TryFromComtradeCode(number, out economy);
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

        private bool TryUnit([NotNullWhen(true)] out Coded<Enum>? measure) =>
            rows.TryUnit(
                unit,
                (string text, [NotNullWhen(true)] out Enum? found) =>
                    UnitAbbreviations.TryGetValue(text, out found)
                    || QuantityUnitText.TryParse(text, out found),
                "is not a unit: Type.Unit as UnitsNet names it (MassUnit.Tonne), or t, kg, g, l, m3, u.",
                out measure
            );
    }
}
