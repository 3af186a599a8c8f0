using TradeModel.Data.Parquet;
using TradeModel.Economies;

namespace TradeModel.DuckDb;

/// <summary>The dataset's economy codes as its files wrote them.</summary>
public sealed partial class DuckDbFlowEngine
{
    private IReadOnlyDictionary<Economy, string>? codesAsWritten;

    /// <summary>
    /// The code the dataset wrote for each economy it names, as written ("380" for Italy in BACI, where the cubes'
    /// economy has UN Comtrade's 381 as its <c>ComtradeCode</c>): join on these, or write them back (BACI's writer takes
    /// them), and no economy changes its code on the way; as the in-memory readers' <c>ReadResult.CodesAsWritten</c>.
    /// When the files wrote two codes for one economy, the one on the first row that names either is kept (the reporter
    /// before the partner). Read with one scan of the economy columns when first asked, then kept.
    /// </summary>
    /// <exception cref="FormatException">The dataset holds an economy code the model does not know; the message names it.</exception>
    public IReadOnlyDictionary<Economy, string> CodesAsWritten =>
        codesAsWritten ??= ReadCodesAsWritten();

    private Dictionary<Economy, string> ReadCodesAsWritten()
    {
        string? partner;
        string reporter;
        if (layout is null)
        {
            (reporter, partner) = (
                $"f.\"{TradeParquetSchema.Reporter}\"",
                $"f.\"{TradeParquetSchema.Partner}\""
            );
        }
        else
        {
            // A layout without a partner column names only its reporters: the World it gives every row is not written.
            (reporter, partner) = (
                $"f.{LayoutSql.Raw("reporter")}",
                layout.Columns.Partner is null ? null : $"f.{LayoutSql.Raw("partner")}"
            );
        }
        static string Text(string column) => $"trim(CAST({column} AS VARCHAR))";
        var codes = Strings(
            $"SELECT DISTINCT {Text(reporter)} FROM {source} AS f"
                + (
                    partner is null
                        ? ""
                        : $" UNION SELECT DISTINCT {Text(partner)} FROM {source} AS f"
                )
        );
        var byEconomy = codes
            .GroupBy(code =>
                economies(code, out var economy)
                    ? economy
                    : throw new FormatException(
                        $"The dataset holds the economy code '{code}', which the model does not know."
                    )
            )
            .ToList();
        var written = new Dictionary<Economy, string>();
        foreach (var group in byEconomy)
        {
            if (group.Count() == 1)
            {
                written[group.Key] = group.Single();
                continue;
            }
            // Two codes for one economy (BACI's 380 and 381 for Italy across releases): the first row's.
            var list = string.Join(", ", group.Select(Sql.Text));
            var first = partner is null
                ? $"SELECT {Text(reporter)} FROM {source} AS f WHERE {Text(reporter)} IN ({list}) LIMIT 1"
                : $"SELECT CASE WHEN {Text(reporter)} IN ({list}) THEN {Text(reporter)} ELSE {Text(partner)} END FROM {source} AS f WHERE {Text(reporter)} IN ({list}) OR {Text(partner)} IN ({list}) LIMIT 1";
            written[group.Key] = Strings(first)[0];
        }
        return written;
    }
}
