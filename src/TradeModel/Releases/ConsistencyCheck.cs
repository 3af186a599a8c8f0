namespace TradeModel.Releases;

/// <summary>The answer to "is this published statement consistent with the other published figures?".</summary>
/// <param name="Statement">What was checked, in words.</param>
/// <param name="Published">The interval the published figure stands for.</param>
/// <param name="Implied">The interval the other figures imply for it.</param>
public sealed record ConsistencyCheck(
    string Statement,
    DecimalInterval Published,
    DecimalInterval Implied
)
{
    /// <summary>Whether some true values are consistent with every figure: the two intervals overlap.</summary>
    public bool IsConsistent => Published.Intersects(Implied);

    /// <summary>"consistent: deficit change 31.43 stands for [31.425, 31.435]; the figures imply [27.14, 32.90]".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(IsConsistent ? "consistent" : "INCONSISTENT")}: {Statement}; published {Published}, implied {Implied.ToString(4)}";
}
