using System.Globalization;
using TradeModel.Classifications;

namespace TradeModel.Orleans.Datasets;

/// <summary>The classifications a silo finds by name: those its options add, EBOPS 2010, and every HS edition ("HS 2017").</summary>
internal sealed class KnownClassifications(IEnumerable<Classification> added)
{
    private readonly Classification[] added = [.. added];

    /// <summary>The classification of a name.</summary>
    /// <exception cref="InvalidOperationException">The silo does not know it.</exception>
    internal Classification Resolve(string name)
    {
        foreach (var classification in added)
        {
            if (classification.Name == name)
            {
                return classification;
            }
        }
        if (name == Ebops2010.Classification.Name)
        {
            return Ebops2010.Classification;
        }
        foreach (var year in HarmonizedSystem.Editions)
        {
            if (name == "HS " + year.ToString(CultureInfo.InvariantCulture))
            {
                return HarmonizedSystem.Edition(year);
            }
        }
        throw new InvalidOperationException(
            $"The silo does not know the classification '{name}'; add it to TradeModelSiloOptions.Classifications."
        );
    }
}
