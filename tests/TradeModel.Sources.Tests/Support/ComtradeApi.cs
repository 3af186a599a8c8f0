using System.Globalization;
using System.Text.Json;

namespace TradeModel.Sources.Tests.Support;

/// <summary>
/// Answers as UN Comtrade's API documents them (<c>{"elapsedTime", "count", "data": [records], "error"}</c>, one record a
/// reporter, period, flow, partner and commodity with the API's field names), made from the query's parameters: three
/// HS subheadings and the TOTAL for each reporter, period and flow asked for.
/// </summary>
internal static class ComtradeApi
{
    internal static readonly string[] Commodities = ["TOTAL", "851713", "847130", "300490"];

    internal static LocalServer.Reply Answer(LocalServer.Recorded request)
    {
        var parameters = request
            .Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Split(','), StringComparer.Ordinal);
        string[] Values(string name, params string[] all) =>
            parameters.TryGetValue(name, out var v) ? v : all;
        var records = new List<Dictionary<string, object?>>();
        foreach (var reporter in Values("reporterCode", "156"))
        foreach (var period in Values("period"))
        foreach (var flow in Values("flowCode", "X", "M"))
        foreach (var partner in Values("partnerCode", "0"))
        foreach (var (cmd, i) in Values("cmdCode", Commodities).Select((c, i) => (c, i)))
        {
            var value =
                1000m
                + (int.Parse(reporter, CultureInfo.InvariantCulture) % 100)
                + (i * 250.5m)
                + (flow == "X" ? 0 : 7);
            records.Add(
                new Dictionary<string, object?>
                {
                    ["typeCode"] = "C",
                    ["freqCode"] = period.Length == 4 ? "A" : "M",
                    ["refYear"] = int.Parse(period[..4], CultureInfo.InvariantCulture),
                    ["period"] = period,
                    ["reporterCode"] = int.Parse(reporter, CultureInfo.InvariantCulture),
                    ["flowCode"] = flow,
                    ["partnerCode"] = int.Parse(partner, CultureInfo.InvariantCulture),
                    ["partner2Code"] = 0,
                    ["classificationCode"] = "H6",
                    ["cmdCode"] = cmd,
                    ["customsCode"] = "C00",
                    ["motCode"] = 0,
                    ["qtyUnitCode"] = cmd == "TOTAL" ? -1 : 8,
                    ["qty"] = cmd == "TOTAL" ? null : 12.5m,
                    ["netWgt"] = cmd == "TOTAL" ? null : 12.5m,
                    ["primaryValue"] = value,
                    ["isAggregate"] = cmd == "TOTAL",
                }
            );
        }
        var body = JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["elapsedTime"] = "0.01 secs",
                ["count"] = records.Count,
                ["data"] = records,
                ["error"] = "",
            }
        );
        return new LocalServer.Reply(200, body, "application/json");
    }
}
