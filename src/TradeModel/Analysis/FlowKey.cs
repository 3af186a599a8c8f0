using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Analysis;

/// <summary>
/// Where a cell of a <see cref="FlowCube"/> sits: the value of each dimension of the query, null for the dimensions
/// the query does not group by; its default value (every value null) is the key of a query's grand total. An economy group or a category grouping sits in <see cref="Reporter"/>,
/// <see cref="Partner"/> or <see cref="Grouping"/>; a year in <see cref="Period"/>.
/// </summary>
/// <param name="Period">The period (or year).</param>
/// <param name="Reporter">The reporter (or reporter group).</param>
/// <param name="Partner">The partner (or partner group).</param>
/// <param name="Direction">The direction.</param>
/// <param name="Category">The category (or its ancestor at the level asked for).</param>
/// <param name="Grouping">The category grouping.</param>
public readonly record struct FlowKey(
    ReferencePeriod? Period = null,
    Economy? Reporter = null,
    Economy? Partner = null,
    TradeDirection? Direction = null,
    Category? Category = null,
    CategoryGrouping? Grouping = null
)
{
    /// <summary>The key with its period removed, to line up the same cell across periods.</summary>
    /// <returns>The key without period.</returns>
    public FlowKey WithoutPeriod() => this with { Period = null };

    /// <summary>The key with the value of one kind of dimension removed.</summary>
    /// <param name="kind">The kind of dimension.</param>
    /// <returns>The key without it.</returns>
    public FlowKey Without(FlowDimensionKind kind) =>
        kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => this with { Period = null },
            FlowDimensionKind.Reporter or FlowDimensionKind.ReporterGroup => this with
            {
                Reporter = null,
            },
            FlowDimensionKind.Partner or FlowDimensionKind.PartnerGroup => this with
            {
                Partner = null,
            },
            FlowDimensionKind.Direction => this with { Direction = null },
            FlowDimensionKind.CategoryGrouping => this with { Grouping = null },
            _ => this with { Category = null },
        };

    /// <summary>The key with the value of one kind of dimension set: the inverse of <see cref="Without"/>.</summary>
    /// <param name="kind">The kind of dimension.</param>
    /// <param name="value">
    /// Its value: a <see cref="ReferencePeriod"/> for a period or year, an <see cref="Economy"/> for a reporter or
    /// partner (or group), a <see cref="TradeDirection"/>, a <see cref="CategoryGrouping"/>, or a
    /// <see cref="Classifications.Category"/>.
    /// </param>
    /// <returns>The key with the value set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is not of the kind's type.</exception>
    public FlowKey With(FlowDimensionKind kind, object value)
    {
        Internal.Preconditions.CheckNotNull(value);
        var fits = kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => value is ReferencePeriod,
            FlowDimensionKind.Reporter
            or FlowDimensionKind.ReporterGroup
            or FlowDimensionKind.Partner
            or FlowDimensionKind.PartnerGroup => value is Economy,
            FlowDimensionKind.Direction => value is TradeDirection,
            FlowDimensionKind.CategoryGrouping => value is CategoryGrouping,
            _ => value is Category,
        };
        Internal.Preconditions.CheckArgument(
            fits,
            nameof(value),
            $"{value} ({value.GetType().Name}) is not a value of a {kind} dimension."
        );
        return CubeAxis.With(kind, this, value);
    }

    /// <summary>The key's values, separated by " / ": <c>2024 / CHN China / 85 Electrical machinery…</c>; "all" for the grand total.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Period is { } period)
        {
            parts.Add(period.ToString());
        }
        if (Reporter is not null)
        {
            parts.Add(Reporter.ToString());
        }
        if (Partner is not null)
        {
            parts.Add(Partner.ToString());
        }
        if (Direction is { } direction)
        {
            parts.Add(direction.ToString());
        }
        if (Category is not null)
        {
            parts.Add(Category.ToString());
        }
        if (Grouping is not null)
        {
            parts.Add(Grouping.Name);
        }
        return parts.Count == 0 ? "all" : string.Join(" / ", parts);
    }
}
