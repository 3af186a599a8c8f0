using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Finds the native libraries of packages restored by <c>#r "nuget: …"</c> (SkiaSharp's and HarfBuzzSharp's, under
/// ScottPlot) for the whole life of the test process, not only while a kernel lives.
/// </summary>
/// <remarks>
/// A kernel's <c>#r "nuget: …"</c> resolves native libraries through a handler that its package restore context
/// registers on the default load context and removes again when the kernel is disposed. The runtime binds each
/// P/Invoke on its first call, so a SkiaSharp method first called after the kernel is gone (typically
/// <c>sk_fontstyle_delete</c> in the finalizer of an undisposed <c>SKFontStyle</c>) finds no handler, throws
/// <see cref="DllNotFoundException"/> on the finalizer thread, and kills the test host (exit 134) after every test has
/// passed. dotnet-interactive itself keeps its kernel, and so its handler, until the process ends, when finalizers no
/// longer run. This handler stays registered, and looks where restored packages keep native assets:
/// <c>runtimes/&lt;rid&gt;/native</c> under each package root, for this machine's runtime identifier and its fallbacks.
/// </remarks>
internal static class NativeLibraries
{
    private static readonly Lock Gate = new();
    private static readonly List<string> Folders = [];
    private static bool hooked;

    /// <summary>The folders searched so far, in order.</summary>
    internal static IReadOnlyList<string> SearchedFolders
    {
        get
        {
            lock (Gate)
            {
                return [.. Folders];
            }
        }
    }

    /// <summary>Adds the native asset folders of restored packages, given their roots, to search from now on.</summary>
    internal static void Probe(IEnumerable<string> packageRoots)
    {
        var folders = packageRoots
            .SelectMany(root =>
                RuntimeIdentifiers().Select(rid => Path.Combine(root, "runtimes", rid, "native"))
            )
            .Where(Directory.Exists);
        lock (Gate)
        {
            Folders.AddRange(folders.Except(Folders));
            if (!hooked)
            {
                AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
                hooked = true;
            }
        }
    }

    /// <summary>This machine's runtime identifier (e.g. linux-x64) and the ones NuGet falls back to for it.</summary>
    internal static IEnumerable<string> RuntimeIdentifiers()
    {
        var os =
            OperatingSystem.IsWindows() ? "win"
            : OperatingSystem.IsMacOS() ? "osx"
            : "linux";
        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        return new[] { RuntimeInformation.RuntimeIdentifier, $"{os}-{architecture}", os }
            .Concat(OperatingSystem.IsWindows() ? [] : ["unix"])
            .Distinct();
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        foreach (var folder in SearchedFolders)
        {
            foreach (
                var file in new[]
                {
                    name,
                    $"lib{name}.so",
                    $"{name}.so",
                    $"lib{name}.dylib",
                    $"{name}.dylib",
                    $"{name}.dll",
                }
            )
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
                {
                    return handle;
                }
            }
        }
        return IntPtr.Zero;
    }
}
