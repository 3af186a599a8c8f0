using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// A scale word in which figures are published: thousand, million, billion, trillion (short scale), or the
/// Chinese 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²). "7,523.8 billion" and "75,238亿" are the same amount.
/// </summary>
/// <remarks>
/// Two magnitudes are equal when they are the same word: <see cref="Trillion"/> and <see cref="WanYi"/> have
/// the same factor but are written differently, so they are not equal. The default value is <see cref="One"/>.
/// </remarks>
public readonly struct Magnitude : IEquatable<Magnitude>, IComparable<Magnitude>, IComparable
{
    private static readonly (int Exponent, string Name, bool IsChinese)[] Definitions =
    [
        (0, string.Empty, false),
        (3, "thousand", false),
        (6, "million", false),
        (9, "billion", false),
        (12, "trillion", false),
        (4, "万", true),
        (8, "亿", true),
        (12, "万亿", true),
    ];

    private readonly byte id;

    private Magnitude(byte id) => this.id = id;

    /// <summary>Units (10⁰): no scale word. The default value.</summary>
    public static Magnitude One => default;

    /// <summary>Thousand (10³).</summary>
    public static Magnitude Thousand => new(1);

    /// <summary>Million (10⁶).</summary>
    public static Magnitude Million => new(2);

    /// <summary>Billion, short scale (10⁹).</summary>
    public static Magnitude Billion => new(3);

    /// <summary>Trillion, short scale (10¹²).</summary>
    public static Magnitude Trillion => new(4);

    /// <summary>万, wan (10⁴).</summary>
    public static Magnitude Wan => new(5);

    /// <summary>亿, yi (10⁸).</summary>
    public static Magnitude Yi => new(6);

    /// <summary>万亿, wan yi (10¹²).</summary>
    public static Magnitude WanYi => new(7);

    /// <summary>Every magnitude, short scale first, then Chinese.</summary>
    public static IReadOnlyList<Magnitude> All { get; } =
    [One, Thousand, Million, Billion, Trillion, Wan, Yi, WanYi];

    /// <summary>The power of ten, e.g. 9 for billion and 8 for 亿.</summary>
    public int Exponent => Definitions[id].Exponent;

    /// <summary>The factor 10^<see cref="Exponent"/>, exact.</summary>
    public decimal Factor => DecimalMath.Pow10(Exponent);

    /// <summary>The word as written after a figure: "billion", "亿"; empty for <see cref="One"/>.</summary>
    public string Name => Definitions[id].Name;

    /// <summary>Whether the word is Chinese (万, 亿, 万亿), written straight after the number with no space.</summary>
    public bool IsChinese => Definitions[id].IsChinese;

    /// <summary>Whether two magnitudes are the same word.</summary>
    /// <param name="left">The first magnitude.</param>
    /// <param name="right">The second magnitude.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Magnitude left, Magnitude right) => left.id == right.id;

    /// <summary>Whether two magnitudes are different words.</summary>
    /// <param name="left">The first magnitude.</param>
    /// <param name="right">The second magnitude.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Magnitude left, Magnitude right) => left.id != right.id;

    /// <summary>The largest short-scale magnitude not above |value| (units below a thousand).</summary>
    /// <param name="value">The value to display.</param>
    /// <returns>One, thousand, million, billion or trillion.</returns>
    public static Magnitude ShortScaleFor(decimal value) =>
        PickFor(value, [Trillion, Billion, Million, Thousand]);

    /// <summary>The largest Chinese magnitude not above |value| (units below 万).</summary>
    /// <param name="value">The value to display.</param>
    /// <returns>One, 万, 亿 or 万亿.</returns>
    public static Magnitude ChineseFor(decimal value) => PickFor(value, [WanYi, Yi, Wan]);

    /// <summary>Expresses a value in this magnitude, exactly: 7523800000000 in billions is 7523.8.</summary>
    /// <param name="value">A value in units.</param>
    /// <returns>The value divided by <see cref="Factor"/>, with no superfluous decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The exact result needs more than the 28 decimals of <see cref="decimal"/> (0.0000000000000000000000000001 in
    /// thousands); it is never rounded silently. <c>Money.ToString("K")</c> still writes such a value in full.
    /// </exception>
    public decimal FromUnits(decimal value) =>
        DecimalMath.TryScaleDown(value, Exponent, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                Errors.Format(
                    $"{value} in {Name} needs more than the 28 decimals of System.Decimal."
                )
            );

    /// <summary>Converts a figure written in this magnitude to units, exactly: 7523.8 billion is 7523800000000.</summary>
    /// <param name="value">A value in this magnitude.</param>
    /// <returns>The value multiplied by <see cref="Factor"/>, with no superfluous decimals.</returns>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/>.</exception>
    public decimal ToUnits(decimal value) => DecimalMath.ScaleUp(value, Exponent);

    /// <summary>Orders magnitudes by size: one &lt; thousand &lt; 万 &lt; million &lt; 亿 &lt; billion &lt; trillion = 万亿 by factor, then by name.</summary>
    /// <param name="other">The other magnitude.</param>
    /// <returns>Negative, zero or positive as this magnitude is smaller than, the same as or larger than the other.</returns>
    public int CompareTo(Magnitude other)
    {
        var byExponent = Exponent.CompareTo(other.Exponent);
        return byExponent != 0 ? byExponent : id.CompareTo(other.id);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>; see <see cref="CompareTo(Magnitude)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Magnitude left, Magnitude right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>; see <see cref="CompareTo(Magnitude)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Magnitude left, Magnitude right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>; see <see cref="CompareTo(Magnitude)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Magnitude left, Magnitude right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>; see <see cref="CompareTo(Magnitude)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Magnitude left, Magnitude right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Magnitude other => CompareTo(other),
            _ => throw new ArgumentException("The object is not a Magnitude.", nameof(obj)),
        };

    /// <inheritdoc/>
    public bool Equals(Magnitude other) => id == other.id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Magnitude other && id == other.id;

    /// <inheritdoc/>
    public override int GetHashCode() => id;

    /// <summary>The word, or "one" for <see cref="One"/>.</summary>
    /// <returns>The word.</returns>
    public override string ToString() => id == 0 ? "one" : Name;

    private static Magnitude PickFor(decimal value, ReadOnlySpan<Magnitude> descending)
    {
        var abs = Math.Abs(value);
        foreach (var magnitude in descending)
        {
            if (abs >= magnitude.Factor)
            {
                return magnitude;
            }
        }
        return One;
    }
}
