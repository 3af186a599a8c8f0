using TradeModel.Flows;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>Grouped questions on a <see cref="TradeFlowCollection"/>, answered in memory in one pass over its columns.</summary>
/// <example>
/// <code language="csharp">
/// var query = FlowQuery
///     .By(FlowDimension.Year, FlowDimension.Reporter, FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel))
///     .Where(new FlowFilter(Direction: TradeDirection.Exports));
/// FlowCube cube = flows.Aggregate(query);
/// IReadOnlyList&lt;FlowGrowth&gt; growth = cube.YearOnYear(ReferencePeriod.ForYear(2023));
/// </code>
/// </example>
public static class FlowAnalysis
{
    /// <summary>
    /// The flows grouped by the query's dimensions, totals exact (summed in 64- or 128-bit fixed point, never rounded),
    /// missing and withheld flows counted apart, quantities summed per kind.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="query">The query.</param>
    /// <returns>The cube.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverflowException">A total is outside the range of decimal; the message names the query.</exception>
    /// <example>
    /// <code>
    /// var cube = flows.Aggregate(FlowQuery.By(FlowDimension.Year, FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)));
    /// foreach (var cell in cube) Console.WriteLine(cell);
    /// </code>
    /// </example>
    public static FlowCube Aggregate(this TradeFlowCollection flows, FlowQuery query) =>
        Aggregate(flows, query, new ParallelOptions());

    /// <summary>
    /// <see cref="Aggregate(TradeFlowCollection, FlowQuery)"/> with a limit on the threads it uses (1 for one thread;
    /// all cores by default) and a cancellation token, checked between blocks of rows.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="query">The query.</param>
    /// <param name="options">The most threads (<see cref="ParallelOptions.MaxDegreeOfParallelism"/>) and the cancellation token.</param>
    /// <returns>The cube.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="OverflowException">A total is outside the range of decimal; the message names the query.</exception>
    public static FlowCube Aggregate(
        this TradeFlowCollection flows,
        FlowQuery query,
        ParallelOptions options
    )
    {
        Preconditions.CheckNotNull(flows);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckNotNull(options);
        return new FlowAggregator(flows, query, options).Run();
    }
}
