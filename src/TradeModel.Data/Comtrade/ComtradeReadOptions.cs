using TradeModel.Classifications;

namespace TradeModel.Data.Comtrade;

/// <summary>How a UN Comtrade file is read: the classification of its commodity codes, and the common <see cref="ReadOptions"/>.</summary>
public sealed record ComtradeReadOptions : ReadOptions
{
    /// <summary>
    /// The classification of the file's <c>cmdCode</c>s; HS 2022 (built in) by default. A row whose
    /// <c>classificationCode</c> names another HS edition (H5 is HS 2017) is an error.
    /// </summary>
    public Classification Classification { get; init; } = HarmonizedSystem2022.Classification;

    /// <summary>
    /// Which value the flows take: <c>primaryValue</c> (the default), <c>fobvalue</c> or <c>cifvalue</c>. Asking for FOB
    /// or CIF makes that column required; a row with that field blank has no value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined basis.</exception>
    public ComtradeValueBasis ValueBasis
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(ValueBasis),
                    value,
                    "The value basis must be Primary, Fob or Cif."
                );
            }
            field = value;
        }
    } = ComtradeValueBasis.Primary;

    /// <summary>The column the value is read from: <c>primaryValue</c>, <c>fobvalue</c> or <c>cifvalue</c>, as <see cref="ValueBasis"/> says.</summary>
    public string ValueColumn =>
        ValueBasis switch
        {
            ComtradeValueBasis.Fob => "fobvalue",
            ComtradeValueBasis.Cif => "cifvalue",
            _ => "primaryValue",
        };
}
