using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Rates;

namespace TradeModel.Tests.Support;

/// <summary>
/// Small classifications and rate tables written as CSV-like text in the tests, built with the core's own builders.
/// The text is trusted test data (no quotes, no errors); reading real files is TradeModel.Data's job and is tested
/// there.
/// </summary>
internal static class TestTables
{
    /// <summary>A classification from lines "code,parent,name[,relation[,breakdown]]" after a header line.</summary>
    internal static Classification Classification(string name, string version, string text)
    {
        var builder = new ClassificationBuilder(name, version);
        foreach (var fields in Rows(text))
        {
            var parent = fields[1].Length == 0 ? null : fields[1];
            var relation =
                fields.Length > 3 && fields[3].Length > 0
                    ? fields[3] switch
                    {
                        "root" => CategoryRelation.Root,
                        "alternative" => CategoryRelation.AlternativePart,
                        "ofwhich" => CategoryRelation.OfWhich,
                        "memo" => CategoryRelation.Memo,
                        _ => CategoryRelation.Part,
                    }
                : parent is null ? CategoryRelation.Root
                : CategoryRelation.Part;
            var breakdown = fields.Length > 4 && fields[4].Length > 0 ? fields[4] : null;
            builder.Add(fields[0], fields[2], parent, relation, breakdown);
        }
        return builder.Build();
    }

    /// <summary>A rate table from lines "period,base,quote,rate[,kind]" after a header line (kind: average, end, spot).</summary>
    internal static ExchangeRateTable Rates(string text) =>
        new(
            Rows(text)
                .Select(f =>
                {
                    var period = ReferencePeriod.Parse(f[0], CultureInfo.InvariantCulture);
                    var kind =
                        f.Length > 4 && f[4].Length > 0
                            ? f[4] switch
                            {
                                "end" => RateKind.EndOfPeriod,
                                "spot" => RateKind.Spot,
                                _ => RateKind.PeriodAverage,
                            }
                        : period.Kind == PeriodKind.Day ? RateKind.Spot
                        : RateKind.PeriodAverage;
                    return new ExchangeRate(
                        Currency.FromCode(f[1]),
                        Currency.FromCode(f[2]),
                        decimal.Parse(f[3], CultureInfo.InvariantCulture),
                        period,
                        kind
                    );
                })
                .ToList()
        );

    private static IEnumerable<string[]> Rows(string text) =>
        text.Split('\n')
            .Skip(1)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(f => f.Trim()).ToArray());
}
