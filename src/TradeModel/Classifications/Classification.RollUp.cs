namespace TradeModel.Classifications;

public sealed partial class Classification
{
    /// <summary>For each category, the index of its parent when it is a regular part of it; −1 otherwise.</summary>
    internal int[] PartParent { get; private set; } = [];

    /// <summary>Category indices, deepest level first, so that parts are always summed before their parent.</summary>
    internal int[] DeepestFirst { get; private set; } = [];

    /// <summary>For each category with children, its slot in a roll-up's array of part sums; −1 for leaves.</summary>
    internal int[] NodeIndex { get; private set; } = [];

    /// <summary>How many categories have children.</summary>
    internal int NodeCount { get; private set; }

    /// <summary>Every alternative breakdown: the parent, its name, and its members.</summary>
    internal AlternativeBreakdown[] AlternativeBreakdowns { get; private set; } = [];

    private void BuildRollUpPlan()
    {
        PartParent =
        [
            .. categories.Select(c => c.Relation == CategoryRelation.Part ? c.Parent!.Index : -1),
        ];
        var nodes = 0;
        NodeIndex = [.. categories.Select(c => c.IsLeaf ? -1 : nodes++)];
        NodeCount = nodes;
        DeepestFirst =
        [
            .. categories.OrderByDescending(c => c.Level).ThenBy(c => c.Index).Select(c => c.Index),
        ];
        AlternativeBreakdowns =
        [
            .. categories
                .Where(c => c.Relation == CategoryRelation.AlternativePart)
                .GroupBy(c => (Parent: c.Parent!, Name: c.Breakdown ?? string.Empty))
                .Select(g => new AlternativeBreakdown(
                    g.Key.Parent,
                    g.Key.Name,
                    [.. g.Select(c => c.Index)]
                )),
        ];
    }

    internal sealed record AlternativeBreakdown(Category Parent, string Name, int[] Members);
}
