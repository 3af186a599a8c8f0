// A reader written outside the library, through its public bulk path only (TradeFlowCollection.CreateCodedAppender):
// the sample of docs/data.md. It reads BACI's CSV layout (t,i,j,k,v,q) so that it can be measured against the built-in
// BaciFile on the same file (BaciReadBenchmarks); a reader of any other layout has the same shape: look each distinct
// code up once, cache its dictionary code, append rows as codes with values in fixed point.
using System.Globalization;
using Sylvan.Data.Csv;
using TradeModel;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Samples;

/// <summary>Reads a BACI CSV file into flows through the public coded appender.</summary>
public static class CodedBaciReader
{
    /// <summary>Reads a BACI file (values in thousands of US dollars, quantities in tonnes).</summary>
    /// <param name="path">The file.</param>
    /// <param name="classification">The HS edition of its product codes.</param>
    /// <returns>The flows.</returns>
    /// <exception cref="FormatException">A field cannot be read; the message names its line and column.</exception>
    public static TradeFlowCollection Read(string path, Classification classification)
    {
        // A BACI row has about 28 bytes: columns sized from the file's length are not regrown while reading.
        var rows = (int)Math.Min(new FileInfo(path).Length / 28, Array.MaxLength);
        var reader = new RowReader(new TradeFlowCollection(classification, Currency.USD, rows));
        using var text = new StreamReader(path);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        while (csv.Read())
        {
            reader.Read(csv);
        }
        return reader.Flows;
    }

    /// <summary>The state of one read: the codes of the economies, products and year seen so far.</summary>
    private sealed class RowReader(TradeFlowCollection flows)
    {
        private readonly CodedFlowAppender appender = flows.CreateCodedAppender();
        private readonly int[] economies = new int[1000]; // code + 1 by numeric code, 0 when not seen yet
        private readonly int[]?[] products = new int[]?[10_000]; // code + 1 by heading, then subheading
        private int tonne = -1;
        private int lastYear;
        private int lastPeriod = -1;
        private int line = 1;

        public TradeFlowCollection Flows => flows;

        /// <summary>Appends the current row as codes, its value in fixed point.</summary>
        public void Read(CsvDataReader csv)
        {
            line++;
            var year = Integer(csv, 0, line);
            if (year != lastYear)
            {
                (lastYear, lastPeriod) = (year, appender.CodeOf(ReferencePeriod.ForYear(year)));
            }
            var exporter = EconomyCode(csv, 1);
            var importer = EconomyCode(csv, 2);
            var category = ProductCode(csv);
            // Thousands of dollars with three decimals: a whole number of dollars at scale 3 - 3 = 0.
            var (units, scale) = FixedPoint(csv.GetFieldSpan(4), line);
            var q = csv.GetFieldSpan(5).Trim();
            var tonnes =
                q.IsEmpty || q is "NA"
                    ? double.NaN
                    : double.Parse(
                        q,
                        NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                        CultureInfo.InvariantCulture
                    );
            if (!double.IsNaN(tonnes) && tonne < 0)
            {
                tonne = appender.CodeOf(MassUnit.Tonne);
            }
            appender.AppendFixedPoint(
                exporter,
                importer,
                TradeDirection.Exports,
                category,
                lastPeriod,
                units,
                scale,
                tonnes,
                double.IsNaN(tonnes) ? -1 : tonne
            );
        }

        private int EconomyCode(CsvDataReader csv, int column)
        {
            var code = Integer(csv, column, line);
            if ((uint)code >= 1000)
            {
                throw Bad(line, column + 1, $"{code} is not a numeric economy code");
            }
            if (economies[code] == 0)
            {
                economies[code] = Economy.TryFromComtradeCode(code, out var economy)
                    ? appender.CodeOf(economy) + 1
                    : throw Bad(line, column + 1, $"{code} is not a BACI economy code");
            }
            return economies[code] - 1;
        }

        private int ProductCode(CsvDataReader csv)
        {
            var product = Integer(csv, 3, line);
            if ((uint)product >= 1_000_000)
            {
                throw Bad(line, 4, $"{product} is not a 6-digit product code");
            }
            var subheadings = products[product / 100] ??= new int[100];
            if (subheadings[product % 100] == 0)
            {
                var code = product.ToString("000000", CultureInfo.InvariantCulture);
                var classification = flows.Classification;
                if (!classification.TryGet(code, out var found) || found.Code.Length != 6)
                {
                    throw Bad(
                        line,
                        4,
                        $"'{code}' is not a 6-digit product of {classification.Name}"
                    );
                }
                subheadings[product % 100] = appender.CodeOf(found) + 1;
            }
            return subheadings[product % 100] - 1;
        }
    }

    /// <summary>A whole number of plain digits (a year, an economy or product code).</summary>
    private static int Integer(CsvDataReader csv, int column, int line) =>
        ExactDecimal.TryParseFixedPoint(csv.GetFieldSpan(column), out var value, out var scale)
        && scale == 0
        && value <= int.MaxValue
            ? (int)value
            : throw Bad(line, column + 1, "not a whole number");

    /// <summary>
    /// Thousands of dollars in fixed point, as the coded appender takes them: "1234.567" (thousands) is 1234567 dollars
    /// at scale 0, "12.5" is 12500 at scale 0, "0.0005" is 5 at scale 1.
    /// </summary>
    private static (long Units, int Scale) FixedPoint(ReadOnlySpan<char> text, int line)
    {
        if (
            !ExactDecimal.TryParseFixedPoint(text.Trim(), out var units, out var decimals)
            || (decimals < 3 && units > long.MaxValue / 1000)
        )
        {
            throw Bad(line, 5, $"'{text}' is not a value in thousands of dollars");
        }
        // Thousands: three decimals fewer.
        var scale = decimals - 3;
        for (; scale < 0; scale++)
        {
            units *= 10;
        }
        return (units, scale);
    }

    private static FormatException Bad(int line, int column, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column}: {what}."));
}
