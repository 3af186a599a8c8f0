using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Charts leave SkiaSharp objects for the finalizer, and the finalizer may run after the kernel that loaded SkiaSharp
/// is gone. Their native calls must still resolve then: an unresolved one throws on the finalizer thread and kills the
/// process after every test has passed (the README's test command exited 134 on fresh machines).
/// </summary>
[Collection(KernelTests.Name)]
public sealed class NativeLibraryLifetimeTests(LocalPackage package)
{
    private const string Dropped = "trademodel.tests.dropped-skia-objects";

    [Fact]
    public async Task Chart_objects_dropped_in_a_notebook_are_finalized_safely_after_its_kernel_is_disposed()
    {
        var png = Path.Combine(Path.GetTempPath(), $"trademodel-finalizer-{Guid.NewGuid():N}.png");
        try
        {
            var session = await CSharpSession.Run([
                package.ReferenceTo("TradeModel.Interactive"),
                "using SkiaSharp; using TradeModel; using TradeModel.Releases; using TradeModel.Interactive.Charts;",
                "var exports = Money.Parse(\"3,175.56 billion CNY\", null); var imports = Money.Parse(\"43,482.4亿元\", null);\n"
                    + "var rows = new[] { ReleaseTable.Row(\"Exports\", exports, ReleaseArithmetic.BackCast(exports, 18.2m), exports + imports, ReleaseArithmetic.BackCast(exports + imports, 14.4m)) };\n"
                    + "for (var i = 0; i < 3; i++) { var chart = TradeCharts.Contributions(rows); chart.ToSvg(); }\n"
                    + $"TradeCharts.Contributions(rows).SavePng(\"{png}\");",
                // Objects whose finalizers make native calls that nothing has made yet in this process: each is bound
                // on its first call, on the finalizer thread, after the kernel is disposed.
                $"var dropped = new List<object>(); AppDomain.CurrentDomain.SetData(\"{Dropped}\", dropped);\n"
                    + "for (var i = 0; i < 20; i++) {\n"
                    + "  dropped.Add(new SKFontStyle(500 + i, 5, SKFontStyleSlant.Upright));\n"
                    + "  dropped.Add(new SKPaint { TextSize = 10 + i });\n"
                    + "  dropped.Add(new SKPath());\n"
                    + "  dropped.Add(new SKFont(SKTypeface.Default, 12 + i));\n"
                    + "  dropped.Add(new HarfBuzzSharp.Buffer());\n"
                    + "  dropped.Add(new SKRegion());\n"
                    + "  dropped.Add(new SKRoundRect());\n"
                    + "  dropped.Add(new SKPathMeasure());\n"
                    + "  dropped.Add(new SKPictureRecorder());\n"
                    + "}\n"
                    + "dropped.Count",
            ]);
            Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
            Assert.Equal("180", session.Values[^1]);
            Assert.True(new FileInfo(png).Length > 0);
        }
        finally
        {
            File.Delete(png);
        }

        // The kernel is disposed; only now do the objects become garbage. Collect every generation and run the
        // finalizers, three times over.
        var held = Assert.IsType<List<object>>(AppDomain.CurrentDomain.GetData(Dropped));
        AppDomain.CurrentDomain.SetData(Dropped, null);
        var dropped = Drop(held);
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(180, dropped.Count);
        Assert.All(
            dropped,
            d => Assert.False(d.IsAlive, "a dropped SkiaSharp object was not collected")
        );
    }

    /// <summary>Weak references to the objects, and the list emptied (not inlined, so no local keeps them).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> Drop(List<object> held)
    {
        var weak = held.Select(o => new WeakReference(o)).ToList();
        held.Clear();
        return weak;
    }

    [Theory]
    [InlineData("SkiaSharp.SKPaint", "libSkiaSharp")]
    [InlineData("HarfBuzzSharp.Buffer", "libHarfBuzzSharp")]
    public async Task A_package_s_native_library_resolves_for_its_assembly_after_the_kernel_that_restored_it_is_gone(
        string type,
        string library
    )
    {
        var session = await CSharpSession.Run([
            package.ReferenceTo("TradeModel.Interactive"),
            "using TradeModel.Interactive.Charts; using TradeModel.Releases; using TradeModel;",
            "var exports = Money.Parse(\"3,175.56 billion CNY\", null);\n"
                + "TradeCharts.Contributions(new[] { ReleaseTable.Row(\"Exports\", exports, ReleaseArithmetic.BackCast(exports, 18.2m), exports, ReleaseArithmetic.BackCast(exports, 18.2m)) }).ToSvg().Length > 0",
            $"typeof({type}).Assembly.GetName().Name",
        ]);
        Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
        Assert.Equal("True", session.Values[^2]);
        var assemblyName = session.Values[^1];
        var assembly = AppDomain
            .CurrentDomain.GetAssemblies()
            .First(a => a.GetName().Name == assemblyName);

        // The lookup a P/Invoke makes on its first call: the assembly's search paths, then its load context's handlers.
        var handle = NativeLibrary.Load(library, assembly, searchPath: null);

        Assert.NotEqual(IntPtr.Zero, handle);
        Assert.Contains(
            NativeLibraries.SearchedFolders,
            f =>
                f.Contains(
                    Path.Combine("runtimes", NativeLibraries.RuntimeIdentifiers().First()),
                    StringComparison.Ordinal
                )
                || f.Contains(
                    Path.Combine("runtimes", NativeLibraries.RuntimeIdentifiers().ElementAt(1)),
                    StringComparison.Ordinal
                )
        );
    }
}
