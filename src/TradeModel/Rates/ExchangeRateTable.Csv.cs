using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Rates;

public sealed partial class ExchangeRateTable
{
    private static readonly string[] Columns =
    [
        "period",
        "base",
        "quote",
        "rate",
        "kind",
        "source",
    ];

    /// <summary>
    /// Reads a table from CSV text with a header row <c>period,base,quote,rate</c> and, optionally, <c>kind</c>
    /// and <c>source</c> columns, in that order:
    /// <code>
    /// period,base,quote,rate,kind,source
    /// 2024-12-31,USD,CNY,7.1884,spot,PBoC central parity
    /// 2024,USD,CNY,7.1217,average,PBoC
    /// </code>
    /// <c>period</c> is SDMX notation (see <see cref="ReferencePeriod.Parse(string, IFormatProvider?)"/>);
    /// <c>kind</c> is <c>spot</c>, <c>average</c> or <c>end</c>, and defaults to spot for a day and average for
    /// a longer period. Numbers use the invariant culture. Blank lines are skipped.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">
    /// A line is malformed; the message names the line and column (both from 1), the column's name and the value.
    /// Nothing is skipped silently.
    /// </exception>
    public static ExchangeRateTable ReadCsv(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        var columns = ReadCsvHeader(reader);
        var rates = new List<ExchangeRate>();
        var earlier =
            new Dictionary<
                (Currency, Currency, ReferencePeriod, RateKind),
                (int Line, ExchangeRate Rate)
            >();
        string? line;
        var number = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (!CsvText.TrySplitLine(line, out var fields, out var column, out var reason))
            {
                throw CsvError(number, column, reason);
            }
            if (fields.Length != columns)
            {
                throw CsvError(
                    number,
                    Math.Min(fields.Length, columns) + 1,
                    $"expected {columns} fields, found {fields.Length}."
                );
            }
            var rate = ParseRow(fields, number);
            CheckAgainstEarlierRows(rate, number, earlier);
            rates.Add(rate);
        }
        return new ExchangeRateTable(rates);
    }

    private static int ReadCsvHeader(TextReader reader)
    {
        var header =
            reader.ReadLine()
            ?? throw CsvError(
                1,
                1,
                "the text is empty; expected the header 'period,base,quote,rate'."
            );
        var names = CsvText.TrySplitLine(header, out var fields, out _, out _)
            ? fields.Select(n => n.Trim().ToLowerInvariant()).ToArray()
            : [];
        if (
            names.Length < 4
            || names.Length > Columns.Length
            || !names.SequenceEqual(Columns.Take(names.Length))
        )
        {
            throw CsvError(
                1,
                1,
                $"the header is '{header}'; expected 'period,base,quote,rate' optionally followed by ',kind' and ',source'."
            );
        }
        return names.Length;
    }

    /// <summary>
    /// A rate may not repeat an earlier row's key, nor contradict the inverse rate of an earlier row: USD/CNY 7.1884
    /// and CNY/USD 0.1391 for one day agree (1/7.1884 rounds to 0.1391 at the four decimals given), USD/CNY 7.1884
    /// and CNY/USD 0.5 do not.
    /// </summary>
    private static void CheckAgainstEarlierRows(
        ExchangeRate rate,
        int line,
        Dictionary<
            (Currency, Currency, ReferencePeriod, RateKind),
            (int Line, ExchangeRate Rate)
        > earlier
    )
    {
        var key = (rate.BaseCurrency, rate.QuoteCurrency, rate.AppliesTo, rate.Kind);
        if (!earlier.TryAdd(key, (line, rate)))
        {
            throw CsvError(
                line,
                1,
                $"a {rate.Kind} rate for {rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} {rate.AppliesTo} is already on line {earlier[key].Line}."
            );
        }
        var inverseKey = (rate.QuoteCurrency, rate.BaseCurrency, rate.AppliesTo, rate.Kind);
        if (!earlier.TryGetValue(inverseKey, out var found))
        {
            return;
        }
        var (inverseLine, inverse) = found;
        if (!AgreeAsInverses(rate.Rate, inverse.Rate))
        {
            throw CsvError(
                line,
                4,
                Errors.Format(
                    $"{rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} {rate.Rate} contradicts {inverse.BaseCurrency.Code}/{inverse.QuoteCurrency.Code} {inverse.Rate} on line {inverseLine} for {rate.AppliesTo}: 1/{inverse.Rate} is {1m / inverse.Rate}."
                )
            );
        }
    }

    /// <summary>Whether two rates are each other's inverse at the precision either was published to.</summary>
    private static bool AgreeAsInverses(decimal rate, decimal inverse) =>
        decimal.Round(1m / inverse, rate.Scale, MidpointRounding.AwayFromZero) == rate
        || decimal.Round(1m / rate, inverse.Scale, MidpointRounding.AwayFromZero) == inverse;

    /// <summary>Reads a table from CSV text held in a string; see <see cref="ReadCsv(TextReader)"/>.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the line and column.</exception>
    public static ExchangeRateTable ParseCsv(string csv)
    {
        Preconditions.CheckNotNull(csv);
        using var reader = new StringReader(csv);
        return ReadCsv(reader);
    }

    private static ExchangeRate ParseRow(string[] fields, int line)
    {
        var periodText = fields[0].Trim();
        if (!ReferencePeriod.TryParse(periodText, null, out var period))
        {
            throw CsvError(line, 1, $"'{periodText}' is not a date or period in SDMX notation.");
        }
        var baseCurrency = ParseCurrency(fields[1], line, 2);
        var quoteCurrency = ParseCurrency(fields[2], line, 3);
        var rateText = fields[3].Trim();
        var error = DecimalText.TryParse(rateText, DecimalText.Syntax.Data, out var value);
        if (error != DecimalText.Error.None || value <= 0m)
        {
            throw CsvError(
                line,
                4,
                error == DecimalText.Error.None
                    ? $"rate '{rateText}' is not a positive number."
                    : $"rate '{rateText}' is not an exact positive number: {DecimalText.Describe(error)}"
            );
        }
        if (baseCurrency == quoteCurrency)
        {
            throw CsvError(
                line,
                3,
                $"quote currency '{fields[2].Trim()}' is the same as the base currency."
            );
        }
        var kind = period.Kind == PeriodKind.Day ? RateKind.Spot : RateKind.PeriodAverage;
        if (fields.Length > 4)
        {
            kind = fields[4].Trim().ToLowerInvariant() switch
            {
                "" => kind,
                "spot" => RateKind.Spot,
                "average" => RateKind.PeriodAverage,
                "end" => RateKind.EndOfPeriod,
                var other => throw CsvError(
                    line,
                    5,
                    $"kind '{other}' is not spot, average or end."
                ),
            };
        }
        if (kind == RateKind.Spot && period.Kind != PeriodKind.Day)
        {
            throw CsvError(line, 5, $"a spot rate needs a single day, not '{periodText}'.");
        }
        var source = fields.Length > 5 && fields[5].Trim().Length > 0 ? fields[5].Trim() : null;
        return new ExchangeRate(baseCurrency, quoteCurrency, value, period, kind, source);
    }

    private static Currency ParseCurrency(string field, int line, int column) =>
        Currency.TryFromCode(field.Trim(), out var currency)
            ? currency
            : throw CsvError(
                line,
                column,
                $"{Columns[column - 1]} '{field.Trim()}' is not a currency code."
            );

    private static FormatException CsvError(int line, int column, string message) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Line {line}, column {column} ({Columns[Math.Min(column, Columns.Length) - 1]}): {message}"
            )
        );
}
