using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>
/// The statements of one release, in order, for one period against an earlier one. <see cref="Render"/> words them
/// in a style and proves that the rounded numbers agree, within each sentence and across the release; a release
/// whose numbers cannot all be true at once is refused with the offending statements.
/// </summary>
/// <example>
/// <code language="csharp">
/// var release = data.Release(data.Growth(services, StatementMeasure.TotalTrade), data.Balance(services));
/// Console.WriteLine(release.Render(ReleaseStyle.English).Text);
/// Console.WriteLine(release.Render(ReleaseStyle.Chinese).ProofTable());
/// </code>
/// </example>
public sealed class Release
{
    /// <summary>Creates a release.</summary>
    /// <param name="period">The period it reports.</param>
    /// <param name="previousPeriod">The period it compares with (the year before, for year-on-year growth).</param>
    /// <param name="statements">Its statements, in order; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument or a statement is null.</exception>
    /// <exception cref="ArgumentException">There are no statements.</exception>
    public Release(
        ReferencePeriod period,
        ReferencePeriod previousPeriod,
        IEnumerable<ReleaseStatement> statements
    )
    {
        Preconditions.CheckNotNull(statements);
        Statements = Preconditions.CheckNoNulls(statements.ToArray(), nameof(statements));
        Preconditions.CheckArgument(
            Statements.Count > 0,
            nameof(statements),
            "A release needs at least one statement."
        );
        Period = period;
        PreviousPeriod = previousPeriod;
    }

    /// <summary>The period reported.</summary>
    public ReferencePeriod Period { get; }

    /// <summary>The period compared with.</summary>
    public ReferencePeriod PreviousPeriod { get; }

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<ReleaseStatement> Statements { get; }

    /// <summary>Words the release in a style, with its proof, and refuses it when its numbers disagree.</summary>
    /// <param name="style">The house style.</param>
    /// <returns>The sentences, their figures and every check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    /// <exception cref="InconsistentReleaseException">
    /// A printed number lies outside the range the other printed numbers allow; the message names both statements,
    /// their texts, and the range in which the number would agree.
    /// </exception>
    public RenderedRelease Render(ReleaseStyle style)
    {
        var rendered = Check(style);
        var failures = rendered.Checks.Where(c => !c.IsConsistent).ToList();
        if (failures.Count > 0)
        {
            throw new InconsistentReleaseException(FailureMessage(rendered, failures), failures);
        }
        return rendered;
    }

    /// <summary>Words the release in a style with its proof, keeping any failed check in <see cref="RenderedRelease.Checks"/> instead of throwing.</summary>
    /// <param name="style">The house style.</param>
    /// <returns>The sentences, their figures and every check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    public RenderedRelease Check(ReleaseStyle style)
    {
        Preconditions.CheckNotNull(style);
        var renderer = new StatementRenderer(style, Period, PreviousPeriod);
        var statements = Statements
            .Select(
                (s, i) =>
                    renderer.Render(s, first: i == 0, before: i > 0 ? Statements[i - 1] : null)
            )
            .ToList();
        return new RenderedRelease(
            this,
            style,
            statements,
            ReleaseChecker.Checks(statements, style.Magnitude)
        );
    }

    private static string FailureMessage(RenderedRelease rendered, List<ReleaseCheck> failures)
    {
        var lines = new List<string>
        {
            Errors.Format(
                $"The release's numbers disagree in {failures.Count} check{(failures.Count == 1 ? string.Empty : "s")}:"
            ),
        };
        foreach (var failure in failures)
        {
            var others = failure.Against.Where(a => a != failure.Statement).Distinct().ToList();
            var with =
                others.Count == 0
                    ? "within itself"
                    : "with "
                        + string.Join(
                            " and ",
                            others.Select(a =>
                                Errors.Format(
                                    $"statement {a + 1} (\"{rendered.Statements[a].Text}\")"
                                )
                            )
                        );
            var shown = Digits(failure.Check);
            lines.Add(
                Errors.Format(
                    $"- statement {failure.Statement + 1} (\"{rendered.Statements[failure.Statement].Text}\") disagrees {with}: {failure.Check.Statement}; the printed figure stands for {failure.Check.Published.ToString(shown)}, the others allow {failure.Check.Implied.RoundOutward(shown + 1).ToString(shown + 1)}; a figure in that range would agree."
                )
            );
        }
        return string.Join("\n", lines);
    }

    private static int Digits(Releases.ConsistencyCheck check) =>
        Math.Min(10, (int)Math.Max(check.Published.Lower.Scale, check.Published.Upper.Scale));
}
