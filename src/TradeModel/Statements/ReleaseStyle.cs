using System.Collections.Immutable;
using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>
/// A house style: the language, the magnitude and decimals of each kind of figure, how currencies are written, how
/// small a growth is said to be flat, and the midpoint rule. <see cref="English"/> and <see cref="Chinese"/> are the
/// styles of the seed's release (billions of yuan to two decimals; 亿元 to one); change any part with <c>with</c>.
/// Rendering never uses the machine's culture.
/// </summary>
public sealed record ReleaseStyle
{
    private readonly int levelDecimals = 2;
    private readonly int percentDecimals = 1;
    private readonly int pointsDecimals = 1;
    private readonly int convertedDecimals = 1;
    private readonly decimal? flatWithin;

    /// <summary>English: amounts in billions to two decimals, trailing zeros dropped (7,523.8 billion yuan), digits grouped, percentages to one decimal.</summary>
    public static ReleaseStyle English { get; } = new();

    /// <summary>Chinese: amounts in 亿 to one decimal (75238亿元, 31755.6亿元), no digit grouping, percentages to one decimal.</summary>
    public static ReleaseStyle Chinese { get; } =
        new()
        {
            Language = ReleaseLanguage.Chinese,
            Magnitude = Magnitude.Yi,
            LevelDecimals = 1,
            GroupDigits = false,
            ConvertedMagnitude = Magnitude.Yi,
            ConvertedDecimals = 0,
        };

    /// <summary>The language.</summary>
    public ReleaseLanguage Language { get; init; } = ReleaseLanguage.English;

    /// <summary>The magnitude amounts are written in (billion, 亿).</summary>
    public Magnitude Magnitude { get; init; } = Magnitude.Billion;

    /// <summary>Decimals of amounts, in <see cref="Magnitude"/> (2: 3,175.56 billion).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 12.</exception>
    public int LevelDecimals
    {
        get => levelDecimals;
        init => levelDecimals = CheckDecimals(value);
    }

    /// <summary>Decimals of growth rates and shares, in percent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 12.</exception>
    public int PercentDecimals
    {
        get => percentDecimals;
        init => percentDecimals = CheckDecimals(value);
    }

    /// <summary>Decimals of contributions, in percentage points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 12.</exception>
    public int PointsDecimals
    {
        get => pointsDecimals;
        init => pointsDecimals = CheckDecimals(value);
    }

    /// <summary>The magnitude of a value converted for a threshold (US$1,056.5 billion).</summary>
    public Magnitude ConvertedMagnitude { get; init; } = Magnitude.Billion;

    /// <summary>Decimals of a converted value, in <see cref="ConvertedMagnitude"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 12.</exception>
    public int ConvertedDecimals
    {
        get => convertedDecimals;
        init => convertedDecimals = CheckDecimals(value);
    }

    /// <summary>Whether trailing zeros after the decimal point are dropped (7,523.80 → 7,523.8), as releases print them. The proof keeps the decimals rounded to.</summary>
    public bool TrimTrailingZeros { get; init; } = true;

    /// <summary>Whether digits are grouped in thousands with commas (7,523.8).</summary>
    public bool GroupDigits { get; init; } = true;

    /// <summary>How a value exactly halfway is rounded; publishers rarely say, so it is stated in every proof.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;

    /// <summary>
    /// A growth rate, in percent, below which (in absolute value) growth is said to be flat ("was flat at …"); null,
    /// the default, says flat only when the rate rounds to zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal? FlatWithin
    {
        get => flatWithin;
        init
        {
            if (value is < 0m)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(FlatWithin),
                    value,
                    "A flat threshold is a non-negative growth rate."
                );
            }
            flatWithin = value;
        }
    }

    /// <summary>Whether a threshold statement states the converted value and the rate ("(US$1,056.5 billion at 7.1217 yuan per US dollar)").</summary>
    public bool ShowConversion { get; init; } = true;

    /// <summary>The wording of a currency in this style: the one set with <see cref="WithCurrencyWording"/>, or <see cref="CurrencyWording.Default"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The wording.</returns>
    public CurrencyWording WordingOf(Currency currency)
    {
        return CurrencyWordings.TryGetValue(currency, out var wording)
            ? wording
            : CurrencyWording.Default(currency, Language);
    }

    /// <summary>The style with a currency written another way ("RMB 3,175.56 billion": prefix "RMB ", no suffix).</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="wording">Its wording.</param>
    /// <returns>The new style.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReleaseStyle WithCurrencyWording(Currency currency, CurrencyWording wording)
    {
        Preconditions.CheckNotNull(wording);
        return this with { CurrencyWordings = CurrencyWordings.SetItem(currency, wording) };
    }

    /// <summary>Whether two styles are the same in every setting.</summary>
    /// <param name="other">The other style.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ReleaseStyle? other) =>
        other is not null
        && Language == other.Language
        && Magnitude == other.Magnitude
        && LevelDecimals == other.LevelDecimals
        && PercentDecimals == other.PercentDecimals
        && PointsDecimals == other.PointsDecimals
        && ConvertedMagnitude == other.ConvertedMagnitude
        && ConvertedDecimals == other.ConvertedDecimals
        && TrimTrailingZeros == other.TrimTrailingZeros
        && GroupDigits == other.GroupDigits
        && Rounding == other.Rounding
        && FlatWithin == other.FlatWithin
        && ShowConversion == other.ShowConversion
        && CurrencyWordings.Count == other.CurrencyWordings.Count
        && CurrencyWordings.All(pair =>
            other.CurrencyWordings.TryGetValue(pair.Key, out var w) && w == pair.Value
        );

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Language, Magnitude, LevelDecimals, PercentDecimals, Rounding, FlatWithin);

    private ImmutableDictionary<Currency, CurrencyWording> CurrencyWordings { get; init; } =
        ImmutableDictionary<Currency, CurrencyWording>.Empty;

    private static int CheckDecimals(int value)
    {
        Preconditions.CheckArgumentRange(nameof(value), value, 0, 12);
        return value;
    }
}
