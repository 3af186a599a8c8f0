using TradeModel.Releases;
using TradeModel.Statements;

namespace TradeModel.Tests.Statements;

/// <summary>Small release data for the statement specifications: values in billions of yuan, 2024 against 2023.</summary>
internal static class Releases
{
    internal static readonly ReferencePeriod Year = ReferencePeriod.Parse("2024", null);
    internal static readonly StatementSubject Goods = new("goods", "货物");
    internal static readonly StatementSubject Services = new("services", "服务");
    internal static readonly StatementSubject Travel = new("travel services", "旅行服务");
    internal static readonly StatementSubject Transport = new("transport services", "运输服务");
    internal static readonly StatementSubject Construction = new(
        "construction services",
        "建设服务"
    );
    internal static readonly StatementSubject Insurance = new("insurance services", "保险服务");

    internal static Money Billions(decimal value) =>
        Money.FromMagnitude(value, Magnitude.Billion, Currency.CNY);

    /// <summary>Data with one line per (subject, measure): its 2024 and 2023 values in billions (null: missing).</summary>
    internal static ReleaseData Data(
        params (
            StatementSubject Subject,
            StatementMeasure Measure,
            decimal? Now,
            decimal? Before
        )[] lines
    )
    {
        var data = new ReleaseData(Year, Year.YearEarlier(), Currency.CNY);
        foreach (var (subject, measure, now, before) in lines)
        {
            Money? current = now is { } n ? Billions(n) : null;
            Money? previous = before is { } b ? Billions(b) : null;
            data.Add(
                subject,
                measure,
                new ReleaseRow(
                    subject.Name,
                    current,
                    previous,
                    PercentFigure.Undefined(UndefinedReason.MissingValue, FigureUnit.Percent),
                    PercentFigure.Undefined(UndefinedReason.MissingValue, FigureUnit.Percent),
                    PercentFigure.Undefined(
                        UndefinedReason.MissingValue,
                        FigureUnit.PercentagePoints
                    )
                )
            );
        }
        return data;
    }

    /// <summary>The English sentence of one statement, alone in a release (so it opens with the year).</summary>
    internal static string English(ReleaseData data, ReleaseStatement statement) =>
        data.Release(statement).Render(ReleaseStyle.English).Text;

    /// <summary>The Chinese sentence of one statement, alone in a release.</summary>
    internal static string Chinese(ReleaseData data, ReleaseStatement statement) =>
        data.Release(statement).Render(ReleaseStyle.Chinese).Text;
}
