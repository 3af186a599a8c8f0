#:project ../src/TradeModel.DuckDb/TradeModel.DuckDb.csproj
#:property TreatWarningsAsErrors=false
// Writes the layout samples of docs/notebooks/data from the BACI sample CSVs (see that folder's README):
// baci-2023-pandas.parquet, baci-hive/, BACI_HS22_V202501-sample.zip and comtrade-2023-api.parquet (the 2023 rows as
// UN Comtrade's API returns them, with a TOTAL aggregate per reporter). Run: dotnet run eng/make-baci-layouts.cs
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DuckDB.NET.Data;
using TradeModel.Classifications;
using TradeModel.Economies;

var data = Path.GetFullPath(
    Path.Combine(
        AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "eng",
        "..",
        "docs",
        "notebooks",
        "data"
    )
);
var years = new[] { 2021, 2022, 2023 };
string Csv(int y) => Path.Combine(data, $"BACI_HS22_Y{y}_V202501.csv");
using var duck = new DuckDBConnection("Data Source=:memory:");
duck.Open();
void Exec(string sql)
{
    using var c = duck.CreateCommand();
    c.CommandText = sql;
    c.ExecuteNonQuery();
}
List<string> Col(string sql)
{
    var l = new List<string>();
    using var c = duck.CreateCommand();
    c.CommandText = sql;
    using var r = c.ExecuteReader();
    while (r.Read())
        l.Add(Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!);
    return l;
}
Exec(
    $"CREATE TABLE baci AS SELECT * FROM read_csv([{string.Join(", ", years.Select(y => $"'{Csv(y)}'"))}], header = true, nullstr = 'NA', types = {{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DECIMAL(18, 3)', 'q': 'DECIMAL(18, 3)'}})"
);
var pandas = Path.Combine(data, "baci-2023-pandas.parquet");
Exec(
    $"COPY (SELECT CAST(t AS BIGINT) AS t, CAST(i AS BIGINT) AS i, CAST(j AS BIGINT) AS j, CAST(k AS BIGINT) AS k, CAST(v AS DOUBLE) AS v, CAST(q AS DOUBLE) AS q FROM baci WHERE t = 2023) TO '{pandas}' (FORMAT parquet)"
);
var hive = Path.Combine(data, "baci-hive");
if (Directory.Exists(hive))
    Directory.Delete(hive, true);
Exec(
    $"COPY (SELECT t, CAST(i AS VARCHAR) AS i, CAST(j AS VARCHAR) AS j, k, v, q FROM baci) TO '{hive}' (FORMAT parquet, PARTITION_BY (t))"
);

// BACI's values are thousands of dollars and its quantities tonnes: the API's are dollars and kilograms.
var comtrade = Path.Combine(data, "comtrade-2023-api.parquet");
Exec(
    $"""
    COPY (
      SELECT * FROM (
        SELECT 2023 AS period, i AS reporterCode, 'X' AS flowCode, j AS partnerCode, 0 AS partner2Code,
          'H6' AS classificationCode, k AS cmdCode, 'C00' AS customsCode, 0 AS motCode,
          CASE WHEN q IS NULL THEN -1 ELSE 8 END AS qtyUnitCode, CAST(q * 1000 AS DOUBLE) AS qty,
          CAST(q * 1000 AS DOUBLE) AS netWgt, CAST(v * 1000 AS DOUBLE) AS primaryValue, false AS isAggregate
        FROM baci WHERE t = 2023
        UNION ALL
        SELECT 2023, i, 'X', 0, 0, 'H6', 'TOTAL', 'C00', 0, -1, NULL, NULL, CAST(SUM(v) * 1000 AS DOUBLE), true
        FROM baci WHERE t = 2023 GROUP BY i
      ) ORDER BY reporterCode, cmdCode, partnerCode
    ) TO '{comtrade}' (FORMAT parquet)
    """
);
var economies = Col("SELECT DISTINCT i FROM baci UNION SELECT DISTINCT j FROM baci")
    .Select(int.Parse)
    .Order()
    .ToList();
var countries = new StringBuilder("country_code,country_name,country_iso2,country_iso3\n");
foreach (var code in economies)
{
    var e = Economy.FromComtradeCode(code);
    var name = e.Name.Contains(',', StringComparison.Ordinal) ? $"\"{e.Name}\"" : e.Name;
    countries.Append(
        CultureInfo.InvariantCulture,
        $"{code},{name},{e.Alpha2},{e.Alpha3 ?? e.Code}\n"
    );
}
var products = new StringBuilder("code,description\n");
foreach (var k in Col("SELECT DISTINCT k FROM baci ORDER BY k"))
{
    var name = HarmonizedSystem2022
        .Classification[k]
        .Name.Replace("\"", "\"\"", StringComparison.Ordinal);
    products.Append(CultureInfo.InvariantCulture, $"{k},\"{name}\"\n");
}
var zip = Path.Combine(data, "BACI_HS22_V202501-sample.zip");
File.Delete(zip);
using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
{
    // A fixed time on every entry: the same inputs give the same archive, byte for byte.
    void Text(string name, string text)
    {
        var entry = archive.CreateEntry(name);
        entry.LastWriteTime = new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
        using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        w.Write(text);
    }
    foreach (var y in years)
    {
        Text(Path.GetFileName(Csv(y)), File.ReadAllText(Csv(y)));
    }
    Text("country_codes_V202501.csv", countries.ToString());
    Text("product_codes_HS22_V202501.csv", products.ToString());
}
Console.WriteLine(
    $"economies {economies.Count}: {string.Join(",", economies)}; rows 2023 {Col("SELECT COUNT(*) FROM baci WHERE t = 2023")[0]}"
);
