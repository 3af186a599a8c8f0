namespace TradeModel.Classifications;

/// <summary>
/// Values moved from one HS edition to another, with an account of where the value went: how much through each kind
/// of link, and how much had no link at all (never silently dropped).
/// </summary>
public sealed class HsConversion
{
    internal HsConversion(
        CategoryValues values,
        Dictionary<HsRelationship, Money> byRelationship,
        Money unmapped,
        IReadOnlyList<Category> unmappedCodes
    )
    {
        Values = values;
        ByRelationship = byRelationship;
        Unmapped = unmapped;
        UnmappedCodes = unmappedCodes;
    }

    /// <summary>The values in the target edition.</summary>
    public CategoryValues Values { get; }

    /// <summary>The value that went through links of each relationship; together with <see cref="Unmapped"/>, the whole input.</summary>
    public IReadOnlyDictionary<HsRelationship, Money> ByRelationship { get; }

    /// <summary>The value of source codes with no link to the target edition, which is not in <see cref="Values"/>.</summary>
    public Money Unmapped { get; }

    /// <summary>The source codes with a value and no link.</summary>
    public IReadOnlyList<Category> UnmappedCodes { get; }
}
