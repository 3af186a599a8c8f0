using TradeModel.Classifications;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Data.Mapped;

/// <summary>
/// The layout of a file another tool wrote (pandas, polars, R arrow, DuckDB, Spark, a statistical office): which column
/// holds which part of a flow (<see cref="Columns"/>), what the columns' codes mean, and what is the same on every row
/// when the file has no column for it (a currency, a direction, a unit multiplier, a unit). One layout reads a CSV file
/// (<see cref="MappedCsv"/>), a Parquet file or dataset (<see cref="MappedParquet"/>), and the same files on DuckDB
/// (<c>DuckDbFlowEngine.OverParquet</c>), with the same results.
/// </summary>
/// <remarks>
/// <para>How columns are read, whatever the format holds them as:</para>
/// <list type="bullet">
/// <item><description>Codes (economies, categories, periods, directions, statuses, units) are read as text; a code stored as an integer is its decimal digits.</description></item>
/// <item><description>
/// A category code of digits shorter than <see cref="CategoryDigits"/> gets its leading zeros back (an HS code stored as
/// the integer <c>10121</c> is <c>010121</c>); a code that is still not one of the classification's is an error naming
/// the row.
/// </description></item>
/// <item><description>Values stored as text or as DECIMAL are read exactly, at the scale written.</description></item>
/// <item><description>
/// Values stored as binary floating point (DOUBLE, FLOAT, as pandas writes them) become the decimal of their shortest
/// round-trip text (the double nearest 1234.567 is read as 1234.567), which may have at most
/// <see cref="FloatDecimals"/> decimals: a value that needs more (0.1 + 0.2 is 0.30000000000000004) is an error naming
/// the row, never rounded. No binary arithmetic touches a value.
/// </description></item>
/// <item><description>Values are multiplied by ten to the power of the unit multiplier, exactly.</description></item>
/// </list>
/// </remarks>
/// <example>
/// <code language="csharp">
/// // A BACI dataset as pandas or DuckDB wrote it, hive-partitioned by year.
/// ReadResult result = await MappedParquet.ReadDatasetAsync("baci/", new MappedParquetOptions { Layout = FlowLayout.Baci() });
/// </code>
/// </example>
public sealed record FlowLayout
{
    /// <summary>Which column holds what.</summary>
    public required ColumnMapping Columns { get; init; }

    /// <summary>The classification of the category codes; HS 2022 by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public Classification Classification
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Classification));
    } = HarmonizedSystem2022.Classification;

    /// <summary>The family of the economy codes; ISO by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined family.</exception>
    public EconomyCodes EconomyCodes
    {
        get;
        init =>
            field = Enum.IsDefined(value)
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(EconomyCodes),
                    value,
                    "Economy codes are ISO, UN Comtrade or BACI codes."
                );
    } = EconomyCodes.Iso;

    /// <summary>Every row's currency when the mapping has no currency column; also checked against that column when both are given.</summary>
    public Currency? Currency { get; init; }

    /// <summary>Every row's direction when the mapping has no direction column (BACI's rows are all exports); null by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined direction.</exception>
    public TradeDirection? Direction
    {
        get;
        init =>
            field =
                value is null || Enum.IsDefined(value.Value)
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(Direction),
                        value,
                        "Not a direction."
                    );
    }

    /// <summary>
    /// The power of ten every value is in when the mapping has no unit-multiplier column: 3 for thousands (BACI's
    /// thousands of dollars), 6 for millions; 0 (units) by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside −28 to 28.</exception>
    public int UnitMultiplier
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, -28, nameof(UnitMultiplier));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 28, nameof(UnitMultiplier));
            field = value;
        }
    }

    /// <summary>
    /// Every quantity's unit when the mapping has a quantity column but no unit column (BACI's tonnes): a UnitsNet unit
    /// such as <see cref="MassUnit.Tonne"/>; null by default.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is not a unit of a UnitsNet quantity.</exception>
    public Enum? QuantityUnit
    {
        get;
        init =>
            field =
                value is null || QuantityUnitText.TryParse(QuantityUnitText.Format(value), out _)
                    ? value
                    : throw new ArgumentException(
                        $"'{value}' is not a unit of a UnitsNet quantity.",
                        nameof(QuantityUnit)
                    );
    }

    /// <summary>
    /// The length of the classification's codes when a code of digits may have lost its leading zeros (HS subheadings:
    /// 6); null (the default) leaves codes as written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside 1 to 20.</exception>
    public int? CategoryDigits
    {
        get;
        init
        {
            if (value is { } digits)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1, nameof(CategoryDigits));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 20, nameof(CategoryDigits));
            }
            field = value;
        }
    }

    /// <summary>
    /// The most decimals a value stored as binary floating point may have once read as its shortest round-trip text
    /// (before the unit multiplier); 6 by default, 3 for BACI.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside 0 to 18.</exception>
    public int FloatDecimals
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(FloatDecimals));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 18, nameof(FloatDecimals));
            field = value;
        }
    } = 6;

    /// <summary>
    /// Direction codes, compared ignoring case. By default: X, E, Export, Exports, C and Credit are exports; M, I,
    /// Import, Imports, D and Debit imports; RX, Re-exports, ReExports re-exports; RM, Re-imports, ReImports re-imports.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyDictionary<string, TradeDirection> DirectionCodes
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(DirectionCodes));
    } = LayoutCodes.Directions;

    /// <summary>
    /// Status codes, compared ignoring case. By default the names (Normal, Estimated, Provisional, Confidential,
    /// Missing) and the SDMX letters A, E, P, C, M; an empty status is Normal.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyDictionary<string, ObservationStatus> StatusCodes
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(StatusCodes));
    } = LayoutCodes.Statuses;

    /// <summary>
    /// The unit a text of a unit column names: UnitsNet's Type.Unit (<c>MassUnit.Tonne</c>), or one of the short names
    /// t, kg, g (mass), l, m3 (volume) and u (a count of units).
    /// </summary>
    /// <param name="text">The text, as written (case matters: <c>t</c>, not <c>T</c>).</param>
    /// <param name="unit">The unit, or null.</param>
    /// <returns>Whether the text names a unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParseUnit(
        string text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Enum? unit
    )
    {
        ArgumentNullException.ThrowIfNull(text);
        return LayoutCodes.TryUnit(text, out unit);
    }

    /// <summary>
    /// CEPII BACI's own columns, as BACI publishes them and as pandas, polars, R or DuckDB write them to Parquet:
    /// <c>t</c> (year), <c>i</c> (exporter), <c>j</c> (importer), <c>k</c> (HS product, text or integer: a code that
    /// lost its leading zero gets it back), <c>v</c> (thousands of US dollars, at most three decimals) and <c>q</c>
    /// (metric tonnes; null, empty or NA when unknown). Every row is the exports of <c>i</c> to <c>j</c>; economies are
    /// BACI codes.
    /// </summary>
    /// <param name="classification">The file's HS vintage; HS 2022 when null.</param>
    /// <returns>The layout.</returns>
    public static FlowLayout Baci(Classification? classification = null) =>
        new()
        {
            Columns = new ColumnMapping
            {
                Reporter = "i",
                Partner = "j",
                Category = "k",
                Period = "t",
                Value = "v",
                Quantity = "q",
            },
            Classification = classification ?? HarmonizedSystem2022.Classification,
            EconomyCodes = EconomyCodes.Baci,
            Currency = TradeModel.Currency.USD,
            Direction = TradeDirection.Exports,
            UnitMultiplier = 3,
            QuantityUnit = MassUnit.Tonne,
            CategoryDigits = 6,
            FloatDecimals = 3,
        };

    /// <summary>
    /// TradeModel's own Parquet columns (the names <c>TradeParquetSchema</c> documents: reporter, partner, direction,
    /// category, period, value, currency, status, quantity, unit), for a file in that schema that has
    /// lost, or never had, the metadata naming its classification and currency: reporter and partner as ISO codes,
    /// direction and status by name, value, currency, quantity and unit.
    /// </summary>
    /// <param name="classification">The classification of the categories.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    public static FlowLayout TradeModelColumns(Classification classification) =>
        new()
        {
            Columns = new ColumnMapping
            {
                Reporter = "reporter",
                Partner = "partner",
                Direction = "direction",
                Category = "category",
                Period = "period",
                Value = "value",
                Currency = "currency",
                Status = "status",
                Quantity = "quantity",
                Unit = "unit",
            },
            Classification = classification,
        };
}
