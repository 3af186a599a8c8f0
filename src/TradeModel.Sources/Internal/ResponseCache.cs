using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TradeModel.Sources.Internal;

/// <summary>
/// Answers kept on disk by their normalised query: the address with its parameters in order and the format asked for.
/// Each answer is two files named by the query's hash: the body, and a note of the query, its format and when it was
/// fetched. A body is written before its note, and each by a rename, so that a half-written answer is never served.
/// </summary>
internal sealed class ResponseCache(string folder)
{
    /// <summary>The answer kept for the query, or null.</summary>
    internal Fetched? TryGet(Uri query, string accept)
    {
        var (body, note) = Paths(query, accept);
        if (!File.Exists(note) || !File.Exists(body))
        {
            return null;
        }
        var kept = JsonSerializer.Deserialize<Note>(File.ReadAllText(note));
        return kept is null
            ? null
            : new Fetched(File.ReadAllBytes(body), kept.ContentType, kept.FetchedAt, true, 0);
    }

    /// <summary>Keeps an answer.</summary>
    internal void Put(Uri query, string accept, Fetched fetched)
    {
        Directory.CreateDirectory(folder);
        var (body, note) = Paths(query, accept);
        Replace(body, fetched.Body);
        Replace(
            note,
            JsonSerializer.SerializeToUtf8Bytes(
                new Note(Normalise(query), accept, fetched.ContentType, fetched.FetchedAt)
            )
        );
    }

    /// <summary>The query's address with its parameters sorted, so that the same query is one entry.</summary>
    internal static string Normalise(Uri query)
    {
        var parameters = query
            .Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal);
        var path = query.GetLeftPart(UriPartial.Path);
        var joined = string.Join('&', parameters);
        return joined.Length == 0 ? path : $"{path}?{joined}";
    }

    private (string Body, string Note) Paths(Uri query, string accept)
    {
        var hash = Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes($"{Normalise(query)}\n{accept}"))
        );
        return (Path.Combine(folder, hash + ".body"), Path.Combine(folder, hash + ".json"));
    }

    private static void Replace(string path, byte[] content)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Note(
        string Query,
        string Accept,
        string? ContentType,
        DateTimeOffset FetchedAt
    );
}
