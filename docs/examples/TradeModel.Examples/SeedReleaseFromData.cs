using System.Globalization;
using TradeModel.Rates;
using TradeModel.Statements;

namespace TradeModel.Examples;

/// <summary>
/// Writes the seed's release from data: the release table in <c>data/china-services-2023-2024.csv</c> (2024 and
/// 2023 values in 亿元) becomes statements, worded in English and in Chinese, each number with its proof. Nothing
/// in the sentences is typed in: every figure is computed from the table's values and rounded in the house style.
/// </summary>
public static class SeedReleaseFromData
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The subject "services".</summary>
    public static StatementSubject Services { get; } = new("services", "服务");

    /// <summary>The subject "travel services".</summary>
    public static StatementSubject Travel { get; } = new("travel services", "旅行服务");

    /// <summary>The subject "knowledge-intensive services" (MOFCOM's grouping).</summary>
    public static StatementSubject KnowledgeIntensive { get; } =
        new("knowledge-intensive services", "知识密集型服务");

    /// <summary>The 2024 average rate the release converts with: 7.1217 yuan per US dollar.</summary>
    public static ExchangeRate UsdCny2024 { get; } =
        new(
            Currency.USD,
            Currency.CNY,
            7.1217m,
            ReferencePeriod.Parse("2024", Invariant),
            RateKind.PeriodAverage,
            "2024 average"
        );

    /// <summary>The release table, read from the embedded data file.</summary>
    /// <returns>The data.</returns>
    public static ReleaseData Data()
    {
        var year = ReferencePeriod.Parse("2024", Invariant);
        var data = new ReleaseData(year, year.YearEarlier(), Currency.CNY);
        var subjects = new[] { Services, Travel, KnowledgeIntensive }.ToDictionary(s => s.Name);
        using var stream = typeof(SeedReleaseFromData).Assembly.GetManifestResourceStream(
            "china-services-2023-2024.csv"
        )!;
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            var cells = line.Split(',');
            var measure = cells[1] switch
            {
                "exports" => StatementMeasure.Exports,
                "imports" => StatementMeasure.Imports,
                _ => StatementMeasure.TotalTrade,
            };
            var current = Money.Parse(cells[2], Invariant);
            var previous = Money.Parse(cells[3], Invariant);
            data.Add(subjects[cells[0]], measure, current, previous);
        }
        return data;
    }

    /// <summary>The seed's statements, in its order, built from the data.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The release.</returns>
    public static Release Build(ReleaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var total = new ReleaseItem(Services, StatementMeasure.TotalTrade);
        return data.Release(
            data.Threshold(
                Services,
                StatementMeasure.TotalTrade,
                Money.FromMagnitude(1m, Magnitude.Trillion, Currency.USD),
                UsdCny2024
            ),
            data.Growth(Services, StatementMeasure.TotalTrade),
            data.Growth(Services, StatementMeasure.Exports) with
            {
                PartOf = total,
            },
            data.Growth(Services, StatementMeasure.Imports) with
            {
                PartOf = total,
            },
            data.Balance(Services),
            data.Growth(Travel, StatementMeasure.TotalTrade),
            data.Ranking(
                StatementMeasure.TotalTrade,
                RankingBasis.Growth,
                [Travel, KnowledgeIntensive]
            ),
            data.Growth(KnowledgeIntensive, StatementMeasure.TotalTrade),
            data.Growth(KnowledgeIntensive, StatementMeasure.Exports) with
            {
                PartOf = new ReleaseItem(KnowledgeIntensive, StatementMeasure.TotalTrade),
            }
        );
    }

    /// <summary>Writes the release in English and Chinese, then the proof of each.</summary>
    /// <param name="output">Where to write.</param>
    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var release = Build(Data());
        var english = release.Render(ReleaseStyle.English);
        var chinese = release.Render(ReleaseStyle.Chinese);
        output.WriteLine("The release, generated from the 2024 and 2023 values (English):");
        output.WriteLine();
        output.WriteLine(english.Text);
        output.WriteLine();
        output.WriteLine("The same release in Chinese (亿元):");
        output.WriteLine();
        output.WriteLine(chinese.Text);
        output.WriteLine();
        output.WriteLine(
            string.Create(
                Invariant,
                $"Proof of the English release: each number, its rounding and the range it stands for; {english.Checks.Count} checks, all consistent: {english.IsConsistent}"
            )
        );
        output.WriteLine();
        output.Write(english.ProofTable());
        output.WriteLine();
        output.WriteLine(
            string.Create(
                Invariant,
                $"Proof of the Chinese release (亿元): {chinese.Checks.Count} checks, all consistent: {chinese.IsConsistent}"
            )
        );
        output.WriteLine();
        output.Write(chinese.ProofTable());
    }
}
