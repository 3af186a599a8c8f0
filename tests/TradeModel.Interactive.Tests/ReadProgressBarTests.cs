using System.Globalization;
using System.Text;
using TradeModel.Classifications;
using TradeModel.Data.Baci;

namespace TradeModel.Interactive.Tests;

/// <summary>A read's progress: updated in place where a notebook can, a line a report where it cannot.</summary>
public sealed class ReadProgressBarTests
{
    /// <summary>A BACI file of <paramref name="rows"/> rows, as a stream (so its length is known).</summary>
    private static MemoryStream Baci(int rows)
    {
        var text = new StringBuilder("t,i,j,k,v,q\n");
        var products = HarmonizedSystem2022
            .Classification.AtLevel(HarmonizedSystem2022.SubheadingLevel)
            .Take(rows);
        foreach (var (i, product) in products.Index())
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"2023,156,276,{product.Code},{100 + i}.5,1.25\n"
            );
        }
        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public void In_a_notebook_the_bar_is_shown_once_and_updated_in_place_until_the_read_ends()
    {
        var shown = new List<object>();
        var updates = new List<object>();
        var bar = new ReadProgressBar(
            "BACI 2023",
            output: null,
            display: value =>
            {
                shown.Add(value);
                return updates.Add;
            }
        );

        var result = BaciFile.ReadFrom(
            Baci(120),
            "sample",
            new BaciReadOptions { Progress = bar, ProgressEvery = 25 },
            TestContext.Current.CancellationToken
        );

        Assert.Equal(120, result.Flows.Count);
        var first = Assert.Single(shown);
        Assert.Contains("· 25 rows", (string)first, StringComparison.Ordinal);
        Assert.True(updates.Count >= 4, $"{updates.Count} updates");
        Assert.Equal("BACI 2023 [████████████████████] 100% · 120 rows", updates[^1]);
        Assert.Equal(updates[^1], bar.ToString());
    }

    [Fact]
    public void A_notebook_that_cannot_update_in_place_gets_lines_instead()
    {
        using var log = new StringWriter(CultureInfo.InvariantCulture);
        var attempts = 0;
        var bar = new ReadProgressBar(
            "BACI 2023",
            log,
            display: _ =>
            {
                attempts++;
                return null;
            }
        );

        _ = BaciFile.ReadFrom(
            Baci(120),
            "sample",
            new BaciReadOptions { Progress = bar, ProgressEvery = 25 },
            TestContext.Current.CancellationToken
        );

        Assert.Equal(1, attempts);
        var lines = log.ToString()
            .Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length); // 25, 50, 75, 100 and 120 rows
        Assert.Equal("BACI 2023 [████████████████████] 100% · 120 rows", lines[^1]);
    }

    [Fact]
    public void Given_a_writer_the_bar_writes_a_line_a_report_as_a_log_of_the_read()
    {
        using var log = new StringWriter(CultureInfo.InvariantCulture);
        var bar = new ReadProgressBar("BACI 2023", log);

        _ = BaciFile.ReadFrom(
            Baci(120),
            "sample",
            new BaciReadOptions { Progress = bar, ProgressEvery = 25 },
            TestContext.Current.CancellationToken
        );

        var lines = log.ToString()
            .Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 5, $"{lines.Length} lines");
        Assert.EndsWith("· 25 rows", lines[0], StringComparison.Ordinal);
        Assert.Equal("BACI 2023 [████████████████████] 100% · 120 rows", lines[^1]);
    }

    [Fact]
    public void Before_any_report_the_bar_says_it_is_waiting()
    {
        Assert.Equal("BACI 2023: waiting", new ReadProgressBar("BACI 2023").ToString());
    }
}
