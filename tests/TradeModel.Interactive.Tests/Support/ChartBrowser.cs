using System.Text.Json;
using PuppeteerSharp;
using TradeModel.Interactive.Charts;
using TradeModel.Tests.Support;

namespace TradeModel.Interactive.Tests.Support;

/// <summary>
/// Headless Chromium (Debian's, at <c>/usr/bin/chromium</c>, or the one <c>TRADEMODEL_CHROMIUM</c> names), driven over
/// the DevTools protocol: draws a chart's SVG as a browser does, measures every mark and text as laid out, and takes
/// a PNG of it (and keeps its SVG) in <c>artifacts/charts</c> to check by its pixels and to look at.
/// </summary>
/// <remarks>
/// Without a browser the chart tests are skipped with the reason, so the README's test command still runs on a machine
/// with only the .NET SDK; CI installs Chromium and sets <c>TRADEMODEL_REQUIRE_BROWSER=1</c>, which makes a missing
/// browser a failure instead.
/// </remarks>
public sealed class ChartBrowser : IAsyncLifetime
{
    // Measures what the browser laid out: every text, rect, path and ellipse outside clip-path definitions, with its
    // box in the image, the box of the clip path it is drawn under (if any) and its tooltip.
    private const string Measure = """
        (() => {
          const svg = document.querySelector('svg');
          const o = svg.getBoundingClientRect();
          const box = r => ({ X: r.x - o.x, Y: r.y - o.y, Width: r.width, Height: r.height });
          const clip = el => {
            for (let e = el.parentElement; e && e !== svg; e = e.parentElement) {
              const c = e.getAttribute('clip-path');
              if (c) {
                const r = document.getElementById(c.slice(5, -1)).querySelector('rect');
                const n = a => parseFloat(r.getAttribute(a) || '0');
                return { X: n('x'), Y: n('y'), Width: n('width'), Height: n('height') };
              }
            }
            return null;
          };
          const marks = [...svg.querySelectorAll('text, rect, path, ellipse')]
            .filter(e => !e.closest('clipPath'))
            .map(e => ({
              Kind: e.tagName,
              Text: e.tagName === 'text' ? [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim() : null,
              Title: e.querySelector('title')?.textContent ?? null,
              Fill: e.getAttribute('fill'),
              Stroke: e.getAttribute('stroke'),
              Vertices: e.tagName === 'path' ? (e.getAttribute('d').match(/[ML]/g) || []).length : 0,
              Box: box(e.getBoundingClientRect()),
              Clip: clip(e),
            }));
          return JSON.stringify({ Width: o.width, Height: o.height, Marks: marks });
        })()
        """;

    private IBrowser? browser;
    private string? missing;

    /// <summary>Where the PNGs go: artifacts/charts in the repository.</summary>
    public static string Folder { get; } =
        Path.Combine(RepositoryFiles.Root, "artifacts", "charts");

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        var executable =
            Environment.GetEnvironmentVariable("TRADEMODEL_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            missing =
                $"No Chromium at {executable} (install Debian's chromium, or set TRADEMODEL_CHROMIUM to a Chromium or Chrome).";
            return;
        }
        Directory.CreateDirectory(Folder);
        browser = await Puppeteer.LaunchAsync(
            new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
            }
        );
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }
    }

    /// <summary>Draws the chart in the browser, measures it and saves it as <c>artifacts/charts/{name}.png</c>.</summary>
    public Task<RenderedChart> RenderAsync(TradeChart chart, string name) =>
        RenderAsync(chart.ToSvg(), chart.Width, chart.Height, name);

    /// <summary>Draws SVG markup (a chart saved in a notebook, say) the same way.</summary>
    public async Task<RenderedChart> RenderAsync(string svg, int width, int height, string name)
    {
        if (browser is null)
        {
            if (Environment.GetEnvironmentVariable("TRADEMODEL_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(missing);
            }
            Assert.Skip(missing ?? "No browser.");
        }
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await File.WriteAllTextAsync(Path.Combine(Folder, name + ".svg"), svg);
        await page.SetContentAsync(
            $"<!DOCTYPE html><html><body style=\"margin:0\">{svg}</body></html>"
        );
        var json = await page.EvaluateExpressionAsync<string>(Measure);
        var png = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(
            png,
            new ScreenshotOptions
            {
                Clip = new PuppeteerSharp.Media.Clip
                {
                    X = 0,
                    Y = 0,
                    Width = width,
                    Height = height,
                },
            }
        );
        var layout =
            JsonSerializer.Deserialize<RenderedChart.Layout>(json)
            ?? throw new InvalidOperationException("The browser measured nothing.");
        return new RenderedChart(name, layout, png);
    }
}
