using TradeModel.Classifications;
using TradeModel.Interactive.Internal;

namespace TradeModel.Interactive.Display;

internal static partial class Views
{
    /// <summary>A category as one line: code, name, classification, level, path from the root, children; never the classification itself.</summary>
    private static InlineView Category(Category category)
    {
        var path = string.Join(" › ", category.Ancestors.Select(a => a.Code).Append(category.Code));
        var children = category.IsLeaf ? "no children" : $"{category.Children.Count} children";
        return new InlineView(
            $"{category.Code} {category.Name} · {category.Classification.Name} level {category.Level} · {path} · {children}"
        );
    }

    private static TableView Classification(Classification classification)
    {
        var (roots, note) = Head(
            classification.Roots,
            classification.Roots.Count,
            "top-level categories"
        );
        return new TableView(
            $"{classification.Name} ({classification.Version}): {classification.Categories.Count:N0} categories, levels 0–{classification.MaxLevel}",
            ["Code", "Name", "Children"],
            [
                .. roots.Select(r => new TableRow([
                    r.Code,
                    r.Name,
                    r.Children.Count.ToString(Invariant),
                ])),
            ],
            Columns(2, 1),
            note
        );
    }

    /// <summary>A roll-up as an indented tree of totals, depth first from the roots, down to level 2.</summary>
    private static TableView RollUp(CategoryRollUp rollUp)
    {
        var rows = new List<ViewRow>();
        var total = 0;
        void Visit(Category category, int depth)
        {
            if (!rollUp.TryGetTotal(category, out var sum))
            {
                return;
            }
            total++;
            if (rows.Count < MaxRows)
            {
                rows.Add(new ViewRow([$"{category.Code} {category.Name}", sum], depth));
            }
            if (depth < 2)
            {
                foreach (var child in category.Children)
                {
                    Visit(child, depth + 1);
                }
            }
        }
        foreach (var root in rollUp.Classification.Roots)
        {
            Visit(root, 0);
        }
        return Table(
            $"Roll-up in {rollUp.Classification.Name}, {rollUp.Currency.Code}",
            ["Category", "Total"],
            rows,
            Columns(1, 1),
            total > rows.Count
                ? $"First {rows.Count} of {total:N0} categories down to level 2."
                : null
        );
    }
}
