using System.Text;
using TradeModel.Classifications;
using TradeModel.Data.Internal;

namespace TradeModel.Data.Reference;

/// <summary>
/// A custom classification read from CSV with the header <c>code,parent,name</c> and optionally <c>relation</c>
/// (part, alternative, ofwhich, memo; root when the parent is empty) and <c>breakdown</c>:
/// <code>
/// code,parent,name,relation,breakdown
/// T,,Total,,
/// A,T,Goods,,
/// A1,A,Of which: food,ofwhich,
/// </code>
/// A classification is whole or nothing: every problem of the file (a wrong field count, an unknown relation, a
/// duplicate code, an unknown parent, a cycle) is listed in one <see cref="InvalidClassificationException"/>, each
/// with its line.
/// </summary>
public static class ClassificationCsv
{
    private static readonly string[] Columns = ["code", "parent", "name", "relation", "breakdown"];

    /// <summary>Reads a classification from a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The classification's name.</param>
    /// <param name="version">Its version.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="InvalidClassificationException">The header, a line, or the hierarchy is wrong; every problem is listed with its line.</exception>
    public static Classification Read(string path, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadFrom(stream, name, version);
    }

    /// <summary>Reads a classification from CSV text held in a string.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="name">The classification's name.</param>
    /// <param name="version">Its version.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="InvalidClassificationException">The header, a line, or the hierarchy is wrong; every problem is listed with its line.</exception>
    public static Classification Parse(string csv, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return ReadFrom(stream, name, version);
    }

    /// <summary>Reads a classification from a stream of CSV text (left open).</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="name">The classification's name.</param>
    /// <param name="version">Its version.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="InvalidClassificationException">The header, a line, or the hierarchy is wrong; every problem is listed with its line.</exception>
    public static Classification ReadFrom(Stream stream, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var builder = new ClassificationBuilder(name, version);
        var problems = new List<ClassificationProblem>();
        var lines = new List<long>();
        CsvSource csv;
        try
        {
            csv = CsvSource.Open(
                stream,
                name,
                new ReadOptions { Errors = ErrorMode.Collect },
                leaveOpen: true,
                CancellationToken.None
            );
        }
        catch (DataFormatException e)
        {
            throw new InvalidClassificationException(
                name,
                [new ClassificationProblem(1, string.Empty, e.Error.Reason)]
            );
        }
        using (csv)
        {
            var width = CheckHeader(csv, name);
            try
            {
                while (csv.Read())
                {
                    AddRow(csv, builder, width, problems, lines);
                }
            }
            catch (DataFormatException e)
            {
                problems.Add(
                    new ClassificationProblem((int)e.Error.Line, string.Empty, e.Error.Reason)
                );
            }
        }
        return Built(builder, name, problems, lines);
    }

    /// <summary>The classification the rows build, or every problem of the rows and of the hierarchy, each by its line.</summary>
    /// <exception cref="InvalidClassificationException">A row or the hierarchy is wrong.</exception>
    private static Classification Built(
        ClassificationBuilder builder,
        string name,
        List<ClassificationProblem> problems,
        List<long> lines
    )
    {
        try
        {
            var built = builder.Build();
            if (problems.Count == 0)
            {
                return built;
            }
        }
        catch (InvalidClassificationException e)
        {
            // The builder numbers entries from 1; give each problem the line its entry came from.
            problems.AddRange(
                e.Problems.Select(p =>
                    p with
                    {
                        Line =
                            p.Line >= 1 && p.Line <= lines.Count ? (int)lines[p.Line - 1] : p.Line,
                    }
                )
            );
        }
        throw new InvalidClassificationException(name, [.. problems.OrderBy(p => p.Line)]);
    }

    private static int CheckHeader(CsvSource csv, string name)
    {
        var header = Enumerable
            .Range(0, 5)
            .Select(csv.NameOf)
            .TakeWhile(n => n.Length > 0)
            .Select(n => n.Trim().ToLowerInvariant())
            .ToArray();
        if (
            header.Length < 3
            || !header.SequenceEqual(Columns.Take(header.Length))
            || csv.NameOf(header.Length).Length > 0
        )
        {
            throw new InvalidClassificationException(
                name,
                [
                    new ClassificationProblem(
                        1,
                        string.Empty,
                        $"the header is '{string.Join(",", Enumerable.Range(0, 8).Select(csv.NameOf).TakeWhile(n => n.Length > 0))}'; expected 'code,parent,name' optionally followed by ',relation' and ',breakdown'."
                    ),
                ]
            );
        }
        return header.Length;
    }

    private static void AddRow(
        CsvSource csv,
        ClassificationBuilder builder,
        int width,
        List<ClassificationProblem> problems,
        List<long> lines
    )
    {
        string Field(int i) => csv.Field(i).Trim().ToString();
        var code = Field(0);
        if (csv.Reader.RowFieldCount != width)
        {
            problems.Add(
                new ClassificationProblem(
                    (int)csv.Line,
                    code,
                    $"expected {width} fields, found {csv.Reader.RowFieldCount}."
                )
            );
            return;
        }
        var parent = Field(1).Length == 0 ? null : Field(1);
        var relationText = width > 3 ? Field(3).ToLowerInvariant() : string.Empty;
        CategoryRelation? relation = relationText switch
        {
            "" => parent is null ? CategoryRelation.Root : CategoryRelation.Part,
            "root" => CategoryRelation.Root,
            "part" => CategoryRelation.Part,
            "alternative" => CategoryRelation.AlternativePart,
            "ofwhich" or "of which" => CategoryRelation.OfWhich,
            "memo" => CategoryRelation.Memo,
            _ => null,
        };
        if (relation is null)
        {
            problems.Add(
                new ClassificationProblem(
                    (int)csv.Line,
                    code,
                    $"relation '{Field(3)}' is not one of part, alternative, ofwhich, memo, root."
                )
            );
            return;
        }
        var breakdown = width > 4 && Field(4).Length > 0 ? Field(4) : null;
        builder.Add(
            csv.Field(0).ToString(),
            csv.Field(2).ToString(),
            parent,
            relation.Value,
            breakdown
        );
        lines.Add(csv.Line);
    }
}
