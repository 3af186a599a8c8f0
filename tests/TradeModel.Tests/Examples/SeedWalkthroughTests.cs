using TradeModel.Examples;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Examples;

/// <summary>The runnable walkthrough in docs/examples, whose output is part of the specification.</summary>
public sealed class SeedWalkthroughTests
{
    private static string Output()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        SeedWalkthrough.Write(writer);
        return writer.ToString();
    }

    [Fact]
    public void The_walkthrough_prints_the_reviewed_release_table()
    {
        Snapshots.Match<SeedWalkthroughTests>(Output());
    }

    [Fact]
    public void Every_consistency_check_of_the_walkthrough_passes()
    {
        var output = Output();

        Assert.Equal(
            4,
            output.Split('\n').Count(line => line.StartsWith("  yes  ", StringComparison.Ordinal))
        );
        Assert.DoesNotContain("  NO ", output, StringComparison.Ordinal);
        Assert.Contains("over US$1 trillion", output, StringComparison.Ordinal);
    }
}
