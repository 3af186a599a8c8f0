using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Finds the native libraries of packages restored by <c>#r "nuget: …"</c> (SkiaSharp's, under ScottPlot) in their
/// probing paths, as dotnet-interactive does; a bare <c>CSharpKernel</c> only adds the managed assemblies.
/// </summary>
internal static class NativeLibraries
{
    private static readonly Lock Gate = new();
    private static readonly List<string> Folders = [];
    private static bool hooked;

    /// <summary>Adds folders to search when a native library is not found.</summary>
    internal static void Probe(IEnumerable<string> paths)
    {
        lock (Gate)
        {
            Folders.AddRange(paths.Where(Directory.Exists).Except(Folders));
            if (!hooked)
            {
                AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
                hooked = true;
            }
        }
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        string[] folders;
        lock (Gate)
        {
            folders = [.. Folders];
        }
        foreach (var folder in folders)
        {
            foreach (
                var file in new[]
                {
                    name,
                    $"lib{name}.so",
                    $"{name}.so",
                    $"lib{name}.dylib",
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
