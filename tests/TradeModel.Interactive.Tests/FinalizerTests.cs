using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;
using TradeModel.Interactive.Charts;

namespace TradeModel.Interactive.Tests;

/// <summary>
/// A plain program (this test process loads SkiaSharp as a console app does, its native library found through the
/// app's dependency manifest) draws charts, drops them and SkiaSharp objects of its own, and collects garbage: every
/// finalizer's native call resolves, so the process lives on and can draw again.
/// </summary>
public sealed class FinalizerTests
{
    [Fact]
    public void Charts_and_SkiaSharp_objects_dropped_by_a_program_are_finalized_without_harm()
    {
        var dropped = DrawAndDrop();

        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }

        Assert.All(dropped, d => Assert.False(d.IsAlive, "a dropped object was not collected"));
        Assert.StartsWith(
            "<svg",
            TradeCharts.Contributions(SeedFigures.Rows).ToSvg(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(typeof(SKPaint), "libSkiaSharp")]
    [InlineData(typeof(HarfBuzzSharp.Buffer), "libHarfBuzzSharp")]
    public void A_chart_s_native_libraries_resolve_for_their_assemblies_in_a_plain_program(
        Type type,
        string library
    )
    {
        Assert.NotEqual(IntPtr.Zero, NativeLibrary.Load(library, type.Assembly, searchPath: null));
    }

    /// <summary>Draws every kind of chart from the seed's figures, to SVG and PNG, and returns weak references to
    /// them and to SkiaSharp objects left undisposed (not inlined, so no local keeps anything alive).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> DrawAndDrop()
    {
        var png = Path.Combine(Path.GetTempPath(), $"trademodel-finalizer-{Guid.NewGuid():N}.png");
        var dropped = new List<WeakReference>();
        try
        {
            TradeChart[] charts =
            [
                TradeCharts.Contributions(SeedFigures.Rows),
                TradeCharts.BalanceWaterfall(SeedFigures.Balance),
                TradeCharts.PublishedVersusImplied(SeedFigures.Checks),
            ];
            foreach (var chart in charts)
            {
                Assert.StartsWith("<svg", chart.ToSvg(), StringComparison.Ordinal);
                chart.SavePng(png);
                Assert.True(new FileInfo(png).Length > 0);
                dropped.Add(new WeakReference(chart));
            }
            for (var i = 0; i < 20; i++)
            {
                dropped.Add(
                    new WeakReference(new SKFontStyle(500 + i, 5, SKFontStyleSlant.Upright))
                );
                dropped.Add(new WeakReference(new SKPaint()));
                dropped.Add(new WeakReference(new SKPath()));
                dropped.Add(new WeakReference(new SKRegion()));
                dropped.Add(new WeakReference(new SKPictureRecorder()));
                dropped.Add(new WeakReference(new HarfBuzzSharp.Buffer()));
            }
            return dropped;
        }
        finally
        {
            File.Delete(png);
        }
    }
}
