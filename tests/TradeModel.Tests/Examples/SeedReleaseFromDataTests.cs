using TradeModel.Examples;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Examples;

/// <summary>The main job's second part: the seed's release generated from data, in English and Chinese, with its proof.</summary>
public sealed class SeedReleaseFromDataTests
{
    private static string Output()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        SeedReleaseFromData.Write(writer);
        return writer.ToString();
    }

    [Fact]
    public void The_main_job_prints_the_reviewed_release_in_English_and_Chinese_with_its_proof()
    {
        Snapshots.Match<SeedReleaseFromDataTests>(Output());
    }

    [Fact]
    public void The_main_job_prints_no_failed_check()
    {
        var output = Output();

        Assert.Contains("all consistent: True", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILS", output, StringComparison.Ordinal);
        Assert.Contains("2024年，服务进出口超过1万亿美元", output, StringComparison.Ordinal);
    }
}
