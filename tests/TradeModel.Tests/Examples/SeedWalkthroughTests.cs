using Snapshooter.Xunit3;
using TradeModel.Examples;

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
        Snapshot.Match(Output());
    }

    [Fact]
    public void Every_check_of_the_walkthrough_holds()
    {
        var output = Output();

        Assert.Contains("[ok]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[FAIL]", output, StringComparison.Ordinal);
    }
}
