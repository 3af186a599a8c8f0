using Parquet;
using Parquet.Schema;

namespace TradeModel.Data.Tests.Mapped;

/// <summary>
/// BACI's columns written to Parquet as another tool writes them, not as TradeModel does: pandas' <c>to_parquet</c>
/// (every code a 64-bit integer, so <c>010121</c> is <c>10121</c>; values and quantities doubles; no metadata), or
/// DuckDB's <c>COPY</c> (codes as text, values as DECIMAL). Rows are (t, i, j, k, v, q); null is a missing value or
/// quantity.
/// </summary>
internal static class PandasParquet
{
    internal static async Task<MemoryStream> IntegersAndDoublesAsync(
        params (long T, long I, long J, long K, double? V, double? Q)[] rows
    )
    {
        var stream = new MemoryStream();
        var fields = new DataField[]
        {
            new DataField<long?>("t"),
            new DataField<long?>("i"),
            new DataField<long?>("j"),
            new DataField<long?>("k"),
            new DataField<double?>("v"),
            new DataField<double?>("q"),
        };
        await using (
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream)
        )
        {
            using var group = writer.CreateRowGroup();
            await Column<long>(group, fields[0], rows.Select(r => (long?)r.T).ToArray());
            await Column<long>(group, fields[1], rows.Select(r => (long?)r.I).ToArray());
            await Column<long>(group, fields[2], rows.Select(r => (long?)r.J).ToArray());
            await Column<long>(group, fields[3], rows.Select(r => (long?)r.K).ToArray());
            await Column<double>(group, fields[4], rows.Select(r => r.V).ToArray());
            await Column<double>(group, fields[5], rows.Select(r => r.Q).ToArray());
        }
        stream.Position = 0;
        return stream;
    }

    private static Task Column<T>(ParquetRowGroupWriter group, DataField field, T?[] values)
        where T : struct =>
        group.WriteAsync(field, (ReadOnlyMemory<T?>)values, null, null, default);

    /// <summary>BACI as DuckDB writes it by default from its CSV reader with types given: text codes, DECIMAL(18, 3) values.</summary>
    internal static async Task<MemoryStream> TextAndDecimalsAsync(
        bool withYear,
        params (int T, string I, string J, string K, decimal? V, decimal? Q)[] rows
    )
    {
        var stream = new MemoryStream();
        var fields = new List<DataField>();
        if (withYear)
        {
            fields.Add(new DataField<int?>("t"));
        }
        fields.AddRange([
            new DataField<string>("i", true),
            new DataField<string>("j", true),
            new DataField<string>("k", true),
            new DecimalDataField("v", 18, 3, isNullable: true),
            new DecimalDataField("q", 18, 3, isNullable: true),
        ]);
        await using (
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream)
        )
        {
            using var group = writer.CreateRowGroup();
            var next = 0;
            if (withYear)
            {
                await Column<int>(group, fields[next++], rows.Select(r => (int?)r.T).ToArray());
            }
            await group.WriteAsync(fields[next++], rows.Select(r => r.I).ToArray(), null);
            await group.WriteAsync(fields[next++], rows.Select(r => r.J).ToArray(), null);
            await group.WriteAsync(fields[next++], rows.Select(r => r.K).ToArray(), null);
            await Column<decimal>(group, fields[next++], rows.Select(r => r.V).ToArray());
            await Column<decimal>(group, fields[next], rows.Select(r => r.Q).ToArray());
        }
        stream.Position = 0;
        return stream;
    }
}
