using TradeModel.Examples;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Examples;

/// <summary>
/// The walkthrough formats money, percentages, intervals and rates without passing a culture, so it shows whether any
/// of them leaks the machine's culture into text.
/// </summary>
[Collection(CultureSensitiveTests.Name)]
public sealed class WalkthroughCultureTests
{
    private static string Output()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        SeedWalkthrough.Write(writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("de-CH")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void The_walkthrough_prints_the_same_text_whatever_the_current_culture(string culture)
    {
        string invariant;
        using (new CultureScope(""))
        {
            invariant = Output();
        }

        using (new CultureScope(culture))
        {
            Assert.Equal(invariant, Output());
        }
    }
}
