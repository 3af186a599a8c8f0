namespace TradeModel.Tests.Support;

/// <summary>Paths of the reference files copied beside the tests (see ReferenceData/*/SOURCE.txt).</summary>
internal static class ReferenceData
{
    internal static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "ReferenceData", relative);
}
