using NodaTime;

namespace TradeModel.Rates;

public sealed partial class ExchangeRateTable
{
    /// <summary>The spot rates of one pair, sorted by date, searched by bisection without allocating.</summary>
    private sealed class DailySeries
    {
        private readonly LocalDate[] dates;
        private readonly ExchangeRate[] rates;

        private DailySeries(LocalDate[] dates, ExchangeRate[] rates)
        {
            this.dates = dates;
            this.rates = rates;
        }

        internal static DailySeries Create(List<ExchangeRate> rates)
        {
            var sorted = rates.OrderBy(r => r.AppliesTo.Start).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].AppliesTo.Start == sorted[i - 1].AppliesTo.Start)
                {
                    throw new ArgumentException(
                        $"Two spot rates for {sorted[i].BaseCurrency.Code}/{sorted[i].QuoteCurrency.Code} on {sorted[i].AppliesTo}.",
                        nameof(rates)
                    );
                }
            }
            return new DailySeries([.. sorted.Select(r => r.AppliesTo.Start)], sorted);
        }

        internal bool TryFind(
            LocalDate date,
            RateDateMatch match,
            [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
        )
        {
            var i = Array.BinarySearch(dates, date);
            if (i >= 0)
            {
                rate = rates[i];
                return true;
            }
            var before = ~i - 1;
            if (match == RateDateMatch.LatestOnOrBefore && before >= 0)
            {
                rate = rates[before];
                return true;
            }
            rate = null;
            return false;
        }

        internal ArraySegment<ExchangeRate> Within(LocalDate first, LocalDate last)
        {
            var from = Array.BinarySearch(dates, first);
            from = from >= 0 ? from : ~from;
            var to = Array.BinarySearch(dates, last);
            to = to >= 0 ? to + 1 : ~to;
            return new ArraySegment<ExchangeRate>(rates, from, Math.Max(0, to - from));
        }
    }
}
