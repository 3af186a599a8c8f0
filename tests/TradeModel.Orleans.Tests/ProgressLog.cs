namespace TradeModel.Orleans.Tests;

/// <summary>Every progress report of a cluster query, in the order they came, from whichever thread.</summary>
internal sealed class ProgressLog : IProgress<ClusterProgress>
{
    private readonly List<ClusterProgress> reports = [];

    /// <summary>The reports so far.</summary>
    internal IReadOnlyList<ClusterProgress> Reports
    {
        get
        {
            lock (reports)
            {
                return [.. reports];
            }
        }
    }

    public void Report(ClusterProgress value)
    {
        lock (reports)
        {
            reports.Add(value);
        }
    }
}
