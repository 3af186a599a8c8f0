namespace TradeModel.Data.Comtrade;

/// <summary>
/// Which of a UN Comtrade row's values becomes the flow's value. Comtrade gives up to three: <c>primaryValue</c> (the
/// reporter's headline figure: FOB for exports, CIF for imports, as most reporters publish), <c>fobvalue</c> (free on
/// board) and <c>cifvalue</c> (with cost, insurance and freight). Mirror statistics compare like with like by reading
/// both sides on one basis.
/// </summary>
public enum ComtradeValueBasis
{
    /// <summary><c>primaryValue</c>, the default.</summary>
    Primary,

    /// <summary><c>fobvalue</c>: a row without one has no value (missing), never its primary value.</summary>
    Fob,

    /// <summary><c>cifvalue</c>: a row without one has no value (missing), never its primary value.</summary>
    Cif,
}
