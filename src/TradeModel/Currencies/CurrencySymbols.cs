namespace TradeModel;

/// <summary>
/// Currency symbols and names accepted when parsing money, compared ignoring case. A symbol used by several
/// currencies ($, ¥, kr) is ambiguous: parsing it needs the caller to name the currency. "yuan" and "renminbi" are
/// the names of CNY used in English texts of the People's Republic of China.
/// </summary>
internal static class CurrencySymbols
{
    /// <summary>Symbols sorted longest first, so that "US$" wins over "$" and "美元" over "元".</summary>
    private static readonly Entry[] Entries = Build(
        ("US$", ["USD"]),
        ("CN¥", ["CNY"]),
        ("RMB", ["CNY"]),
        ("HK$", ["HKD"]),
        ("NZ$", ["NZD"]),
        ("A$", ["AUD"]),
        ("C$", ["CAD"]),
        ("S$", ["SGD"]),
        ("R$", ["BRL"]),
        ("renminbi", ["CNY"]),
        ("yuan", ["CNY"]),
        ("人民币", ["CNY"]),
        ("美元", ["USD"]),
        ("欧元", ["EUR"]),
        ("日元", ["JPY"]),
        ("港元", ["HKD"]),
        ("英镑", ["GBP"]),
        ("元", ["CNY"]),
        ("€", ["EUR"]),
        ("£", ["GBP"]),
        ("₹", ["INR"]),
        ("₩", ["KRW"]),
        ("₽", ["RUB"]),
        ("₺", ["TRY"]),
        ("₴", ["UAH"]),
        ("₪", ["ILS"]),
        ("₫", ["VND"]),
        ("₦", ["NGN"]),
        ("₱", ["PHP"]),
        ("฿", ["THB"]),
        ("$", ["USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "MXN", "ARS", "CLP", "COP", "XCD"]),
        ("¥", ["CNY", "JPY"]),
        ("￥", ["CNY", "JPY"]),
        ("kr", ["SEK", "NOK", "DKK", "ISK"])
    );

    internal static bool TryMatchStart(ReadOnlySpan<char> text, out Entry entry)
    {
        foreach (var candidate in Entries)
        {
            if (text.StartsWith(candidate.Symbol, candidate.Comparison))
            {
                entry = candidate;
                return true;
            }
        }
        entry = default;
        return false;
    }

    internal static bool TryMatchEnd(ReadOnlySpan<char> text, out Entry entry)
    {
        foreach (var candidate in Entries)
        {
            if (text.EndsWith(candidate.Symbol, candidate.Comparison))
            {
                entry = candidate;
                return true;
            }
        }
        entry = default;
        return false;
    }

    private static Entry[] Build(params (string Symbol, string[] Codes)[] definitions) =>
        [
            .. definitions
                .Select(d => new Entry(d.Symbol, [.. d.Codes.Select(Currency.FromCode)]))
                .OrderByDescending(e => e.Symbol.Length),
        ];

    internal readonly record struct Entry(string Symbol, Currency[] Currencies)
    {
        internal bool IsAmbiguous => Currencies.Length > 1;

        /// <summary>Ignoring case where the symbol has letters (yuan, US$, kr); ordinal, which is faster, otherwise.</summary>
        internal StringComparison Comparison { get; } =
            Symbol.Any(char.IsAsciiLetter)
                ? StringComparison.OrdinalIgnoreCase
                : StringComparison.Ordinal;
    }
}
