using System.Globalization;

namespace TradeModel.Tests.Support;

/// <summary>Runs a test body under a given current culture, restoring the previous one.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    internal CultureScope(string name)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}

/// <summary>Tests that change the current culture run alone, so that no other test sees it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CultureSensitiveTests
{
    public const string Name = "Culture-sensitive";
}
