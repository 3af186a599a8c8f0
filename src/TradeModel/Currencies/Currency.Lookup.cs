using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Currency
{
    /// <summary>Every currency in the registry: current ISO 4217 codes, historic ones, then custom ones.</summary>
    public static IReadOnlyList<Currency> All
    {
        get
        {
            var count = CurrencyRegistry.Entries.Count;
            var all = new Currency[count];
            for (var i = 0; i < count; i++)
            {
                all[i] = new Currency((ushort)i);
            }
            return all;
        }
    }

    /// <summary>The currencies of ISO 4217 Table A.1 (current currencies and funds), ordered by code.</summary>
    public static IReadOnlyList<Currency> Current =>
        [
            .. All.Where(c => !c.IsHistoric && !c.IsCustom)
                .OrderBy(c => c.Code, StringComparer.Ordinal),
        ];

    /// <summary>Finds a currency by its alphabetic code, ignoring case ("cny" finds CNY); historic and custom codes are found too.</summary>
    /// <param name="code">The code, e.g. "CNY".</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No currency has that code; the message quotes it.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw CurrencyErrors.UnknownCurrencyCode(code, nameof(code));
    }

    /// <summary>Finds a currency by its alphabetic code, ignoring case, without allocating.</summary>
    /// <param name="code">The code, e.g. "CNY".</param>
    /// <param name="currency">The currency found, or <see cref="None"/>.</param>
    /// <returns>Whether a currency has that code.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        var found = CurrencyRegistry.TryFind(code, out var i);
        currency = new Currency(i);
        return found;
    }

    /// <summary>
    /// Finds the <em>current</em> currency with an ISO 4217 numeric code. Numeric codes are reused over time
    /// (532 was ANG and is now XCG): this returns the current one; <see cref="AllWithNumericCode"/> reaches
    /// the historic ones.
    /// </summary>
    /// <param name="numericCode">The numeric code, e.g. 156.</param>
    /// <returns>The current currency with that numeric code.</returns>
    /// <exception cref="ArgumentException">No current currency has that numeric code.</exception>
    public static Currency FromNumericCode(int numericCode) =>
        TryFromNumericCode(numericCode, out var currency)
            ? currency
            : throw CurrencyErrors.UnknownNumericCurrencyCode(numericCode, nameof(numericCode));

    /// <summary>Finds the current currency with an ISO 4217 numeric code.</summary>
    /// <param name="numericCode">The numeric code, e.g. 156.</param>
    /// <param name="currency">The currency found, or <see cref="None"/>.</param>
    /// <returns>Whether a current currency has that numeric code.</returns>
    public static bool TryFromNumericCode(int numericCode, out Currency currency)
    {
        var found = CurrencyRegistry.TryFindCurrentNumeric(numericCode, out var i);
        currency = new Currency(i);
        return found;
    }

    /// <summary>
    /// Every currency, current or historic, that has carried a numeric code: the current one first, then the
    /// historic ones from the most recently withdrawn. Empty when none has.
    /// </summary>
    /// <param name="numericCode">The numeric code, e.g. 532.</param>
    /// <returns>The currencies, e.g. XCG then ANG for 532.</returns>
    public static IReadOnlyList<Currency> AllWithNumericCode(int numericCode) =>
        [
            .. All.Where(c => c.NumericCode == numericCode && !c.IsCustom)
                .OrderBy(c => c.IsHistoric)
                .ThenByDescending(c => c.WithdrawalDate, StringComparer.Ordinal),
        ];

    /// <summary>
    /// Registers a custom (non-ISO) currency, such as a unit of account of a data set, so that it can be
    /// looked up by code and used in <see cref="Money"/>. Thread-safe. Registering the same code again with
    /// the same name and minor unit returns the existing currency.
    /// </summary>
    /// <param name="code">3 to 8 ASCII letters or digits, starting with a letter; stored in upper case.</param>
    /// <param name="englishName">A non-empty display name.</param>
    /// <param name="minorUnit">Decimals of the minor unit (0 to 28), or <see langword="null"/> for "not applicable".</param>
    /// <returns>The registered currency.</returns>
    /// <exception cref="ArgumentException">
    /// The code is malformed, is an ISO 4217 code (current or historic), or is already registered with another
    /// definition; or the name is empty.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnit"/> is outside 0 to 28.</exception>
    public static Currency Register(string code, string englishName, int? minorUnit)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(englishName);
        if (!IsValidCustomCode(code))
        {
            throw CurrencyErrors.InvalidCustomCurrencyCode(code, nameof(code));
        }
        Preconditions.CheckArgument(
            englishName.Trim().Length > 0,
            nameof(englishName),
            "A custom currency needs a non-empty name."
        );
        if (minorUnit is { } decimals)
        {
            Preconditions.CheckArgumentRange(nameof(minorUnit), decimals, 0, 28);
        }
        return new Currency(CurrencyRegistry.Register(code, englishName, minorUnit));
    }

    private static bool IsValidCustomCode(string code)
    {
        if (code.Length is < 3 or > 8 || !char.IsAsciiLetter(code[0]))
        {
            return false;
        }
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
