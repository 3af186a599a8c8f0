using FsCheck;
using FsCheck.Fluent;

namespace TradeModel.Tests.Support;

/// <summary>Ratios for an allocation: 1 to 12 non-negative ratios, at least one positive.</summary>
public sealed record Ratios(decimal[] Values)
{
    public override string ToString() => "[" + string.Join(", ", Values) + "]";
}

/// <summary>A reference period that is an interval of whole days, not aligned to months.</summary>
public sealed record DayInterval(ReferencePeriod Period);

/// <summary>A positive exchange rate value.</summary>
public sealed record PositiveRate(decimal Value);

/// <summary>FsCheck generators for the domain: amounts with 0 to 4 decimals up to ±10¹⁵, in currencies with 0 to 4 minor units.</summary>
public static class Generators
{
    private static readonly Currency[] Currencies =
    [
        Currency.CNY,
        Currency.USD,
        Currency.JPY,
        Currency.FromCode("BHD"),
        Currency.FromCode("CLF"),
        Currency.FromCode("XAU"),
    ];

    public static Gen<decimal> Amounts =>
        from high in Gen.Choose(-1_000_000, 1_000_000)
        from low in Gen.Choose(0, 999_999_999)
        from scale in Gen.Choose(0, 4)
        select (high * 1_000_000_000m + (high < 0 ? -low : low)) / Pow10(scale);

    public static Arbitrary<Money> Money() =>
        (
            from amount in Amounts
            from currency in Gen.Elements(Currencies)
            select new Money(amount, currency)
        ).ToArbitrary();

    public static Arbitrary<Ratios> Ratios() =>
        (
            from count in Gen.Choose(1, 12)
            from values in Gen.ArrayOf(Gen.Choose(0, 1000).Select(v => v / 10m), count)
            where values.Any(v => v > 0m)
            select new Ratios(values)
        ).ToArbitrary();

    /// <summary>Years, quarters, months, year-to-date spans and intervals of whole months, from the year 2 or 3 on (so that earlier periods exist).</summary>
    public static Arbitrary<ReferencePeriod> Periods() =>
        Gen.OneOf(
                Gen.Choose(2, 9999).Select(ReferencePeriod.ForYear),
                from y in Gen.Choose(2, 9999)
                from q in Gen.Choose(1, 4)
                select ReferencePeriod.ForQuarter(y, q),
                from y in Gen.Choose(2, 9999)
                from m in Gen.Choose(1, 12)
                select ReferencePeriod.ForMonth(y, m),
                from y in Gen.Choose(2, 9999)
                from m in Gen.Choose(1, 12)
                select ReferencePeriod.ForYearToDate(y, m),
                // Up to 9997: an interval of 24 months from December 9997 ends in 9999, the last year NodaTime has
                // (from 9998 it would overflow the calendar and fail the test by the generator's fault, rarely).
                from y in Gen.Choose(3, 9997)
                from m in Gen.Choose(1, 12)
                from months in Gen.Choose(1, 24)
                select ReferencePeriod.ForInterval(
                    new NodaTime.DateInterval(
                        new NodaTime.LocalDate(y, m, 1),
                        new NodaTime.LocalDate(y, m, 1).PlusMonths(months).PlusDays(-1)
                    )
                )
            )
            .ToArbitrary();

    /// <summary>Intervals of 1 to 400 days starting on any day from the year 3, not aligned to months.</summary>
    public static Arbitrary<DayInterval> DayIntervals() =>
        (
            from y in Gen.Choose(3, 9998)
            from m in Gen.Choose(1, 12)
            from d in Gen.Choose(1, 28)
            from n in Gen.Choose(0, 400)
            let start = new NodaTime.LocalDate(y, m, d)
            select new DayInterval(
                ReferencePeriod.ForInterval(new NodaTime.DateInterval(start, start.PlusDays(n)))
            )
        ).ToArbitrary();

    /// <summary>Positive rates from 0.0001 to 10,000 with up to 4 decimals, as central banks publish them.</summary>
    public static Arbitrary<PositiveRate> Rates() =>
        Gen.Choose(1, 100_000_000).Select(n => new PositiveRate(n / 10_000m)).ToArbitrary();

    private static decimal Pow10(int scale) =>
        scale switch
        {
            0 => 1m,
            1 => 10m,
            2 => 100m,
            3 => 1000m,
            _ => 10000m,
        };
}
