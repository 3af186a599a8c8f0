using System.Numerics;
using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Money
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts as equal as the smallest unit allows; the parts
    /// always add up to the amount. <c>CNY 100.00</c> in 3 is 33.34, 33.33, 33.33.
    /// </summary>
    /// <param name="parts">How many parts, from 1 to <see cref="MaxSplitParts"/>.</param>
    /// <returns>The parts, largest first where they differ.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1 or more than <see cref="MaxSplitParts"/>.</exception>
    /// <remarks>The smallest unit is chosen as in <see cref="Allocate(ReadOnlySpan{decimal})"/>.</remarks>
    public Money[] Split(int parts)
    {
        Preconditions.CheckArgumentRange(nameof(parts), parts, 1, MaxSplitParts);
        var unitDecimals = UnitDecimals(amount, currency.MinorUnit);
        var quotient = BigInteger.DivRem(
            ToInteger(Math.Abs(amount), unitDecimals),
            parts,
            out var remainder
        );
        var negative = amount < 0m;
        var small = FromInteger(quotient, unitDecimals);
        var large = FromInteger(quotient + 1, unitDecimals);
        var result = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            var part = i < remainder ? large : small;
            result[i] = new Money(negative ? -part : part, currency);
        }
        return result;
    }

    /// <summary>
    /// The most parts <see cref="Split"/> makes: ten million (an array of that many amounts takes about 240 MB).
    /// </summary>
    public const int MaxSplitParts = 10_000_000;

    /// <summary>
    /// Allocates the amount in proportion to <paramref name="ratios"/> without losing or inventing a unit:
    /// the parts always add up to the amount exactly, and each part is within one smallest unit of its exact
    /// share.
    /// </summary>
    /// <param name="ratios">Non-negative ratios, at least one of them positive. A zero ratio gets zero.</param>
    /// <returns>One part per ratio, in the order of the ratios.</returns>
    /// <exception cref="ArgumentException">No ratios, a negative ratio, or all ratios zero.</exception>
    /// <remarks>
    /// <para>
    /// The smallest unit is the currency's minor unit, or finer when the amount itself has more decimals
    /// (an unrounded CNY 10.005 is allocated in thousandths), so that nothing is rounded away. A currency with no
    /// minor unit (XAU, XDR…) is allocated at the amount's own precision.
    /// </para>
    /// <para>
    /// Each part first gets its exact share rounded towards zero; the units left over go one each to the parts
    /// with the largest remainders (the earlier part on a tie). Allocating −x gives exactly the negation of
    /// allocating x.
    /// </para>
    /// </remarks>
    public Money[] Allocate(params ReadOnlySpan<decimal> ratios)
    {
        // Counting in integers (BigInteger) keeps every step exact, whatever the size of amount and ratios.
        Preconditions.CheckArgument(
            ratios.Length > 0,
            nameof(ratios),
            "Allocation needs at least one ratio."
        );
        var ratioScale = CheckRatios(ratios);

        var unitDecimals = UnitDecimals(amount, currency.MinorUnit);
        var totalUnits = ToInteger(Math.Abs(amount), unitDecimals);
        var weights = new BigInteger[ratios.Length];
        var weightSum = BigInteger.Zero;
        for (var i = 0; i < ratios.Length; i++)
        {
            weights[i] = ToInteger(ratios[i], ratioScale);
            weightSum += weights[i];
        }

        var units = new BigInteger[ratios.Length];
        var remainders = new BigInteger[ratios.Length];
        var allocated = BigInteger.Zero;
        for (var i = 0; i < ratios.Length; i++)
        {
            units[i] = BigInteger.DivRem(totalUnits * weights[i], weightSum, out remainders[i]);
            allocated += units[i];
        }
        var leftOver = (int)(totalUnits - allocated);
        if (leftOver > 0)
        {
            var order = Enumerable
                .Range(0, ratios.Length)
                .OrderByDescending(i => remainders[i])
                .ThenBy(i => i)
                .Take(leftOver);
            foreach (var i in order)
            {
                units[i] += BigInteger.One;
            }
        }

        var negative = amount < 0m;
        var result = new Money[ratios.Length];
        for (var i = 0; i < ratios.Length; i++)
        {
            var part = FromInteger(units[i], unitDecimals);
            result[i] = new Money(negative ? -part : part, currency);
        }
        return result;
    }

    /// <summary>Checks that no ratio is negative and one is positive; returns the largest scale among them.</summary>
    private static int CheckRatios(ReadOnlySpan<decimal> ratios)
    {
        var ratioScale = 0;
        var anyPositive = false;
        foreach (var ratio in ratios)
        {
            if (ratio < 0m)
            {
                throw new ArgumentException(
                    $"Ratios must not be negative; got {ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                    nameof(ratios)
                );
            }
            anyPositive |= ratio > 0m;
            ratioScale = Math.Max(ratioScale, ratio.Scale);
        }
        Preconditions.CheckArgument(
            anyPositive,
            nameof(ratios),
            "At least one ratio must be positive."
        );
        return ratioScale;
    }

    /// <summary>
    /// The decimals of the smallest unit: the minor unit, or the amount's own scale when finer; never so fine
    /// that the whole, counted in units, leaves the 96-bit mantissa of <see cref="decimal"/>.
    /// </summary>
    private static int UnitDecimals(decimal amount, int? minorUnit)
    {
        var decimals = amount.Scale;
        var units = ToInteger(amount, decimals);
        while (decimals < Math.Min(minorUnit ?? 0, 28) && units * 10 <= MaxMantissa)
        {
            units *= 10;
            decimals++;
        }
        return decimals;
    }

    /// <summary>value × 10^decimals as an integer; value must have at most <paramref name="decimals"/> decimals.</summary>
    private static BigInteger ToInteger(decimal value, int decimals)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa =
            ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return mantissa * BigInteger.Pow(10, decimals - value.Scale);
    }

    /// <summary>units × 10^−decimals; units is at most the whole, so it fits in the mantissa.</summary>
    private static decimal FromInteger(BigInteger units, int decimals)
    {
        var lo = (int)(uint)(units & uint.MaxValue);
        var mid = (int)(uint)((units >> 32) & uint.MaxValue);
        var hi = (int)(uint)((units >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, false, (byte)decimals);
    }
}
