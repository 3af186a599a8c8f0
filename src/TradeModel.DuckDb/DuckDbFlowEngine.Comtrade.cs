using TradeModel.Data.Comtrade;

namespace TradeModel.DuckDb;

/// <summary>UN Comtrade's bulk and API files on the engine.</summary>
public sealed partial class DuckDbFlowEngine
{
    /// <summary>
    /// An engine over Parquet of UN Comtrade's bulk or API columns (<c>reporterCode, partnerCode, flowCode, cmdCode,
    /// period, primaryValue, …</c>) as pandas, polars or DuckDB write what the API returns, in HS 2022 and on the
    /// primary value; see <see cref="OverComtradeParquet(string, ComtradeReadOptions?, DuckDbEngineOptions?)"/>.
    /// </summary>
    /// <param name="path">The file, or a folder of files (hive-partitioned or not).</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">As for the entry with options.</exception>
    /// <exception cref="FormatException">As for the entry with options.</exception>
    public static DuckDbFlowEngine OverComtradeParquet(string path) =>
        OverComtradeParquet(path, null, null);

    /// <summary>
    /// An engine over Parquet of UN Comtrade's bulk or API columns, read by the rules of
    /// <see cref="ComtradeFile.ReadParquet"/>, so that every query gives the cube of the flows that reader returns:
    /// <list type="bullet">
    /// <item>only the detail rows are queried: aggregates (<c>cmdCode</c> TOTAL, chapters and headings, or
    /// <c>isAggregate</c> 1) are left out, never added to the detail (the in-memory reader returns them apart);</item>
    /// <item>flow codes X, M, RX and RM; partner 0 is the World; codes are UN Comtrade's, kept as written;</item>
    /// <item>in an HS edition, a <c>cmdCode</c> of an odd number of digits gets back the leading zero an integer column
    /// dropped (10121 is 010121);</item>
    /// <item>a period is a year (2024) or a month (202401);</item>
    /// <item>the value is that of <see cref="ComtradeReadOptions.ValueBasis"/>, in US dollars; a value stored as a double
    /// is read as the decimal of its shortest round-trip text, which may have at most six decimals;</item>
    /// <item>the quantity is <c>qty</c> in its <see cref="ComtradeQuantityUnits"/> unit, else the net weight in
    /// kilograms.</item>
    /// </list>
    /// </summary>
    /// <param name="path">The file, or a folder of files (hive-partitioned or not).</param>
    /// <param name="options">
    /// The classification and the value basis (HS 2022, primary value when null). The engine refuses rather than skips:
    /// the options' error handling, duplicate check and progress are for the in-memory reader.
    /// </param>
    /// <param name="engineOptions">DuckDB's memory limit, threads and spill folder; the defaults when null.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The path names no Parquet file or folder of them, or a column UN Comtrade always writes (reporterCode,
    /// partnerCode, flowCode, cmdCode, period and the value of the basis) is not in the files.
    /// </exception>
    /// <exception cref="FormatException">
    /// The files hold a flow code other than X, M, RX and RM, a classification code of another edition, a row broken
    /// down by a second partner, a customs procedure or a mode of transport (<c>partner2Code</c> not 0,
    /// <c>customsCode</c> not C00, <c>motCode</c> not 0: this model holds no such dimension, and adding them would
    /// count trade twice), a negative value or quantity, or a value with more than six decimals; the message names it.
    /// Flow and classification codes are checked when the engine opens, the rest (a scan each) before its first query,
    /// and codes the model does not know when a query needs them.
    /// </exception>
    /// <example>
    /// <code language="csharp">
    /// using var engine = DuckDbFlowEngine.OverComtradeParquet("comtrade-2024.parquet");
    /// FlowCube byPartner = engine.Aggregate(FlowQuery.By(FlowDimension.Partner));
    /// </code>
    /// </example>
    public static DuckDbFlowEngine OverComtradeParquet(
        string path,
        ComtradeReadOptions? options,
        DuckDbEngineOptions? engineOptions
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ComtradeReadOptions();
        return Open(
            ParquetPaths.Literal(path),
            ComtradeSql.Layout(options.Classification),
            engineOptions,
            isGlob: false,
            options
        );
    }
}
