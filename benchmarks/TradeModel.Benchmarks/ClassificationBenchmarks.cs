using BenchmarkDotNet.Attributes;
using TradeModel.Classifications;

namespace TradeModel.Benchmarks;

/// <summary>Lookups in HS 2022 and EBOPS 2010, against a plain dictionary of the same codes.</summary>
[MemoryDiagnoser]
public class ClassificationLookupBenchmarks
{
    private readonly Classification hs = HarmonizedSystem2022.Classification;
    private readonly Dictionary<string, Category> dictionary =
        HarmonizedSystem2022.Classification.Categories.ToDictionary(
            c => c.Code,
            StringComparer.OrdinalIgnoreCase
        );
    private readonly Category horses = HarmonizedSystem2022.Classification["010121"];
    private readonly string code = "010121";
    private readonly string sparseCode = "0101.21";

    /// <summary>Baseline: a case-insensitive dictionary of the codes.</summary>
    /// <returns>The category.</returns>
    [Benchmark(Baseline = true)]
    public Category Dictionary() => dictionary[code];

    /// <summary><see cref="Classification.TryGet"/> with a canonical code.</summary>
    /// <returns>The category.</returns>
    [Benchmark]
    public Category? TryGet()
    {
        hs.TryGet(code, out var category);
        return category;
    }

    /// <summary><see cref="Classification.TryGet"/> with a code that needs normalising.</summary>
    /// <returns>The category.</returns>
    [Benchmark]
    public Category? TryGetNormalised()
    {
        hs.TryGet(sparseCode, out var category);
        return category;
    }

    /// <summary><see cref="Category.AncestorAtLevel"/>: the section of a subheading.</summary>
    /// <returns>The section.</returns>
    [Benchmark]
    public Category AncestorAtLevel() => horses.AncestorAtLevel(HarmonizedSystem2022.SectionLevel);
}

/// <summary>Building HS 2022 from the embedded tables, as on first use.</summary>
[MemoryDiagnoser]
public class ClassificationLoadBenchmarks
{
    /// <summary>Loads HS 2022 (about 6,960 categories).</summary>
    /// <returns>The classification.</returns>
    [Benchmark]
    public Classification LoadHs2022() => Classifications.HsTables.Load();

    /// <summary>Loads HS 1992 (about 6,400 categories): what the first use of an earlier edition costs.</summary>
    /// <returns>The classification.</returns>
    [Benchmark]
    public Classification LoadHs1992() => Classifications.HsTables.Load(1992);

    /// <summary>Loads EBOPS 2010 (152 categories).</summary>
    /// <returns>The classification.</returns>
    [Benchmark]
    public Classification LoadEbops2010() => Classifications.EbopsTables.Load();
}

/// <summary>Rolling one value per HS subheading up to chapters and sections, against a hand-written array loop.</summary>
[MemoryDiagnoser]
public class RollUpBenchmarks
{
    private CategoryValues values = null!;
    private decimal[] leafValues = [];
    private int[] chapterOf = [];
    private int[] sectionOf = [];
    private int chapterCount;
    private int sectionCount;

    /// <summary>Gives every subheading a value.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var hs = HarmonizedSystem2022.Classification;
        var random = new Random(42);
        var subheadings = hs.AtLevel(HarmonizedSystem2022.SubheadingLevel).ToArray();
        var chapters = hs.AtLevel(HarmonizedSystem2022.ChapterLevel)
            .Select((c, i) => (c, i))
            .ToDictionary(p => p.c, p => p.i);
        var sections = hs.AtLevel(HarmonizedSystem2022.SectionLevel)
            .Select((c, i) => (c, i))
            .ToDictionary(p => p.c, p => p.i);
        values = new CategoryValues(hs, Currency.USD);
        leafValues = new decimal[subheadings.Length];
        chapterOf = new int[subheadings.Length];
        sectionOf = new int[subheadings.Length];
        for (var i = 0; i < subheadings.Length; i++)
        {
            leafValues[i] = random.Next(1, 100_000_000) / 100m;
            values.Set(subheadings[i], new Money(leafValues[i], Currency.USD));
            chapterOf[i] = chapters[
                subheadings[i].AncestorAtLevel(HarmonizedSystem2022.ChapterLevel)
            ];
            sectionOf[i] = sections[
                subheadings[i].AncestorAtLevel(HarmonizedSystem2022.SectionLevel)
            ];
        }
        chapterCount = chapters.Count;
        sectionCount = sections.Count;
    }

    /// <summary>Baseline: add each subheading's value to its chapter's and its section's totals.</summary>
    /// <returns>The first section's total.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLoop()
    {
        var chapterTotals = new decimal[chapterCount];
        var sectionTotals = new decimal[sectionCount];
        for (var i = 0; i < leafValues.Length; i++)
        {
            chapterTotals[chapterOf[i]] += leafValues[i];
            sectionTotals[sectionOf[i]] += leafValues[i];
        }
        return sectionTotals[0];
    }

    /// <summary><see cref="CategoryValues.RollUp"/>: every level, residuals and breakdown checks.</summary>
    /// <returns>The roll-up.</returns>
    [Benchmark]
    public CategoryRollUp RollUp() => values.RollUp();
}
