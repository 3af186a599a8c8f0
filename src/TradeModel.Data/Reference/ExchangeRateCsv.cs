using System.Globalization;
using System.Text;
using TradeModel.Data.Internal;
using TradeModel.Rates;

namespace TradeModel.Data.Reference;

/// <summary>
/// An exchange-rate table read from CSV with a header <c>period,base,quote,rate</c> and, optionally, <c>kind</c> and
/// <c>source</c> columns, in that order:
/// <code>
/// period,base,quote,rate,kind,source
/// 2024-12-31,USD,CNY,7.1884,spot,PBoC central parity
/// 2024,USD,CNY,7.1217,average,PBoC
/// </code>
/// <c>period</c> is SDMX notation; <c>kind</c> is <c>spot</c>, <c>average</c> or <c>end</c>, and defaults to spot for a
/// day and average for a longer period. Rates are read exactly (a rate with more decimals than <see cref="decimal"/>
/// holds is refused). A rate repeated for the same key, or contradicting the inverse rate of an earlier row at the
/// precision either was published to (USD/CNY 7.1884 and CNY/USD 0.5 for one day), is an error.
/// </summary>
public static class ExchangeRateCsv
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

    /// <summary>Reads a table from a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">A line is malformed; the error names the line, the column and the text.</exception>
    public static ExchangeRateTable Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadFrom(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a table from CSV text held in a string.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">A line is malformed; the error names the line, the column and the text.</exception>
    public static ExchangeRateTable Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return ReadFrom(stream, "rates");
    }

    /// <summary>Reads a table from a stream of CSV text (left open).</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">A line is malformed; the error names the line, the column and the text.</exception>
    public static ExchangeRateTable ReadFrom(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        using var csv = CsvSource.Open(
            stream,
            sourceName,
            new ReadOptions(),
            leaveOpen: true,
            CancellationToken.None
        );
        var width = CheckHeader(csv);
        var rates = new List<ExchangeRate>();
        var earlier =
            new Dictionary<
                (Currency, Currency, ReferencePeriod, RateKind),
                (long Line, ExchangeRate Rate)
            >();
        while (csv.Read())
        {
            if (!csv.HasAllFields())
            {
                continue;
            }
            var rate = ParseRow(csv, width);
            CheckAgainstEarlierRows(csv, rate, earlier);
            rates.Add(rate);
            csv.Accept();
        }
        return new ExchangeRateTable(rates);
    }

    private static int CheckHeader(CsvSource csv)
    {
        var names = Enumerable
            .Range(0, 7)
            .Select(csv.NameOf)
            .TakeWhile(n => n.Length > 0)
            .Select(n => n.Trim().ToLowerInvariant())
            .ToArray();
        if (
            names.Length < 4
            || names.Length > Columns.Length
            || !names.SequenceEqual(Columns.Take(names.Length))
        )
        {
            throw new DataFormatException(
                new RowError(
                    csv.Source,
                    1,
                    1,
                    csv.NameOf(0),
                    string.Join(",", names),
                    "is the header; expected 'period,base,quote,rate' optionally followed by ',kind' and ',source'."
                )
            );
        }
        return names.Length;
    }

    private static ExchangeRate ParseRow(CsvSource csv, int width)
    {
        string Field(int i) => csv.Field(i).Trim().ToString();
        if (!ReferencePeriod.TryParse(Field(0), CultureInfo.InvariantCulture, out var period))
        {
            csv.Fail(0, "is not a date or period in SDMX notation.");
        }
        var baseCurrency = ParseCurrency(csv, 1);
        var quoteCurrency = ParseCurrency(csv, 2);
        if (!ExactDecimal.TryParse(Field(3), out var value, out var reason) || value <= 0m)
        {
            csv.Fail(
                3,
                reason is null
                    ? "is not a positive rate."
                    : $"is not an exact positive rate: {reason}"
            );
        }
        if (baseCurrency == quoteCurrency)
        {
            csv.Fail(2, "is the same currency as the base currency.");
        }
        var kind = period.Kind == PeriodKind.Day ? RateKind.Spot : RateKind.PeriodAverage;
        if (width > 4)
        {
            switch (Field(4).ToLowerInvariant())
            {
                case "":
                    break;
                case "spot":
                    kind = RateKind.Spot;
                    break;
                case "average":
                    kind = RateKind.PeriodAverage;
                    break;
                case "end":
                    kind = RateKind.EndOfPeriod;
                    break;
                default:
                    csv.Fail(4, "is not spot, average or end.");
                    break;
            }
        }
        if (kind == RateKind.Spot && period.Kind != PeriodKind.Day)
        {
            csv.Fail(4, $"is a spot rate, which needs a single day, not '{Field(0)}'.");
        }
        var source = width > 5 && Field(5).Length > 0 ? Field(5) : null;
        return new ExchangeRate(baseCurrency, quoteCurrency, value, period, kind, source);
    }

    private static Currency ParseCurrency(CsvSource csv, int column)
    {
        if (!Currency.TryFromCode(csv.Field(column).Trim(), out var currency))
        {
            csv.Fail(column, "is not a currency code.");
        }
        return currency;
    }

    private static void CheckAgainstEarlierRows(
        CsvSource csv,
        ExchangeRate rate,
        Dictionary<
            (Currency, Currency, ReferencePeriod, RateKind),
            (long Line, ExchangeRate Rate)
        > earlier
    )
    {
        var key = (rate.BaseCurrency, rate.QuoteCurrency, rate.AppliesTo, rate.Kind);
        if (!earlier.TryAdd(key, (csv.Line, rate)))
        {
            csv.Fail(
                0,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"repeats the {rate.Kind} rate for {rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} on line {earlier[key].Line}."
                )
            );
        }
        if (
            earlier.TryGetValue(
                (rate.QuoteCurrency, rate.BaseCurrency, rate.AppliesTo, rate.Kind),
                out var found
            ) && !AgreeAsInverses(rate.Rate, found.Rate.Rate)
        )
        {
            csv.Fail(
                3,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"contradicts {found.Rate.BaseCurrency.Code}/{found.Rate.QuoteCurrency.Code} {found.Rate.Rate} on line {found.Line} for {rate.AppliesTo}: 1/{found.Rate.Rate} is {1m / found.Rate.Rate}."
                )
            );
        }
    }

    /// <summary>Whether two rates are each other's inverse at the precision either was published to.</summary>
    private static bool AgreeAsInverses(decimal rate, decimal inverse) =>
        decimal.Round(1m / inverse, rate.Scale, MidpointRounding.AwayFromZero) == rate
        || decimal.Round(1m / rate, inverse.Scale, MidpointRounding.AwayFromZero) == inverse;
}
