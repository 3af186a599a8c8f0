using System.Text.Json;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// The classifications a JSON converter can read categories of: the built-in ones (loaded only when asked for) and
/// those a caller adds, found by <see cref="Classification.Name"/>.
/// </summary>
internal sealed class ClassificationsByName
{
    private readonly Dictionary<string, Classification> extra = new(StringComparer.Ordinal);

    internal ClassificationsByName(IEnumerable<Classification> classifications)
    {
        Preconditions.CheckNotNull(classifications);
        foreach (var classification in classifications)
        {
            Preconditions.CheckNotNull(classification, nameof(classifications));
            Preconditions.CheckArgument(
                !IsBuiltIn(classification.Name)
                    && extra.TryAdd(classification.Name, classification),
                nameof(classifications),
                $"Two classifications are named '{classification.Name}'; names identify them in JSON."
            );
        }
    }

    internal Category Category(string classificationName, string code)
    {
        var classification =
            classificationName == EbopsTables.Name ? Ebops2010.Classification
            : classificationName == HsTables.Name ? HarmonizedSystem2022.Classification
            : extra.TryGetValue(classificationName, out var known) ? known
            : throw new JsonException(
                $"\"{classificationName}\" is not a classification this converter knows; pass it to the converter's constructor."
            );
        return classification.TryGet(code, out var category)
            ? category
            : throw new JsonException($"\"{code}\" is not a category of {classification.Name}.");
    }

    private static bool IsBuiltIn(string name) => name is EbopsTables.Name or HsTables.Name;
}
