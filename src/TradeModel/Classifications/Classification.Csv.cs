using TradeModel.Internal;

namespace TradeModel.Classifications;

public sealed partial class Classification
{
    /// <summary>
    /// Reads a custom classification from CSV text with a header <c>code,parent,name</c> and optionally
    /// <c>relation</c> (part, alternative, ofwhich, memo; root when the parent is empty) and <c>breakdown</c>:
    /// <code>
    /// code,parent,name,relation,breakdown
    /// T,,Total,,
    /// A,T,Goods,,
    /// A1,A,Of which: food,ofwhich,
    /// </code>
    /// </summary>
    /// <param name="name">The classification's name.</param>
    /// <param name="version">Its version.</param>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidClassificationException">
    /// The header, a line's field count, a relation, or the hierarchy is wrong: every problem is listed with its line.
    /// </exception>
    public static Classification ReadCsv(string name, string version, TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        var builder = new ClassificationBuilder(name, version);
        var problems = new List<ClassificationProblem>();
        var columns = ReadCsvHeader(name, reader);
        var line = 1;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }
            if (CsvText.TrySplitLine(text, out var fields, out var column, out var reason))
            {
                AddCsvRow(builder, columns.Length, fields, line, problems);
            }
            else
            {
                problems.Add(
                    new ClassificationProblem(
                        line,
                        string.Empty,
                        Errors.Format($"column {column}: {reason}")
                    )
                );
            }
        }
        Classification? result = null;
        IReadOnlyList<ClassificationProblem> hierarchyProblems = [];
        try
        {
            result = builder.Build();
        }
        catch (InvalidClassificationException e)
        {
            hierarchyProblems = e.Problems;
        }
        if (problems.Count > 0 || result is null)
        {
            throw new InvalidClassificationException(
                name,
                [.. problems.Concat(hierarchyProblems).OrderBy(p => p.Line)]
            );
        }
        return result;
    }

    private static string[] ReadCsvHeader(string name, TextReader reader)
    {
        var header = reader.ReadLine();
        var columns =
            header is not null && CsvText.TrySplitLine(header, out var names, out _, out _)
                ? names.Select(c => c.Trim().ToLowerInvariant()).ToArray()
                : [];
        string[] expected = ["code", "parent", "name", "relation", "breakdown"];
        if (columns.Length < 3 || !columns.SequenceEqual(expected.Take(columns.Length)))
        {
            throw new InvalidClassificationException(
                name,
                [
                    new ClassificationProblem(
                        1,
                        string.Empty,
                        $"the header is '{header}'; expected 'code,parent,name' optionally followed by ',relation' and ',breakdown'."
                    ),
                ]
            );
        }
        return columns;
    }

    private static void AddCsvRow(
        ClassificationBuilder builder,
        int columns,
        string[] fields,
        int line,
        List<ClassificationProblem> problems
    )
    {
        if (fields.Length != columns)
        {
            problems.Add(
                new ClassificationProblem(
                    line,
                    fields[0],
                    $"expected {columns} fields, found {fields.Length}."
                )
            );
            return;
        }
        var parent = fields[1].Trim().Length == 0 ? null : fields[1].Trim();
        var relationText = columns > 3 ? fields[3].Trim().ToLowerInvariant() : string.Empty;
        if (ParseRelation(relationText, parent) is not { } relation)
        {
            problems.Add(
                new ClassificationProblem(
                    line,
                    fields[0],
                    $"relation '{fields[3].Trim()}' is not one of part, alternative, ofwhich, memo, root."
                )
            );
            return;
        }
        var breakdown = columns > 4 && fields[4].Trim().Length > 0 ? fields[4].Trim() : null;
        builder.Add(fields[0], fields[2], parent, relation, breakdown, [], line);
    }

    private static CategoryRelation? ParseRelation(string text, string? parent) =>
        text switch
        {
            "" => parent is null ? CategoryRelation.Root : CategoryRelation.Part,
            "root" => CategoryRelation.Root,
            "part" => CategoryRelation.Part,
            "alternative" => CategoryRelation.AlternativePart,
            "ofwhich" or "of which" => CategoryRelation.OfWhich,
            "memo" => CategoryRelation.Memo,
            _ => null,
        };

    /// <summary>Reads a custom classification from CSV text held in a string; see <see cref="ReadCsv"/>.</summary>
    /// <param name="name">The classification's name.</param>
    /// <param name="version">Its version.</param>
    /// <param name="csv">The CSV text.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="InvalidClassificationException">Every problem, with its line.</exception>
    public static Classification ParseCsv(string name, string version, string csv)
    {
        Preconditions.CheckNotNull(csv);
        using var reader = new StringReader(csv);
        return ReadCsv(name, version, reader);
    }
}
