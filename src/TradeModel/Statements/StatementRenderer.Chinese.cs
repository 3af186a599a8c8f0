namespace TradeModel.Statements;

/// <summary>The Chinese words of each statement kind, in the notation of the Ministry of Commerce's releases.</summary>
internal sealed partial class StatementRenderer
{
    private static string ChineseMeasure(StatementMeasure measure) =>
        measure switch
        {
            StatementMeasure.Exports => "出口",
            StatementMeasure.Imports => "进口",
            StatementMeasure.Balance => "贸易差额",
            _ => "进出口",
        };

    private static string ChineseItem(ReleaseItem item) =>
        item.Subject.ChineseName + ChineseMeasure(item.Measure);

    /// <summary>"2024年，服务进出口", "其中，出口".</summary>
    private string ChineseSubject(Lead lead)
    {
        if (lead.PartOf is { } whole)
        {
            return (lead.Continued ? string.Empty : "其中，")
                + (
                    whole.Subject == lead.Item.Subject
                        ? ChineseMeasure(lead.Item.Measure)
                        : ChineseItem(lead.Item)
                );
        }
        return (lead.First ? PeriodName(period) + "，" : string.Empty) + ChineseItem(lead.Item);
    }

    /// <summary>"上年", or the earlier period's name when it is not the year before.</summary>
    private string ChineseBefore => PreviousIsYearBefore ? "上年" : PeriodName(previousPeriod);

    private string ChineseLevel(Lead lead, ShownFigure level) =>
        $"{ChineseSubject(lead)}{level.Text}。";

    private string ChineseGrowth(
        Lead lead,
        ShownFigure level,
        ShownFigure growth,
        ShownFigure? previous,
        bool flat
    )
    {
        var subject = ChineseSubject(lead);
        var yearOnYear = PreviousIsYearBefore && lead.PartOf is null ? "同比" : string.Empty;
        if (flat)
        {
            return previous is null
                ? $"{subject}{level.Text}，与{ChineseBefore}持平。"
                : $"{subject}{level.Text}，与{ChineseBefore}的{previous.Text}持平。";
        }
        var verb = growth.Shown > 0m ? "增长" : "下降";
        return previous is null
            ? $"{subject}{level.Text}，{yearOnYear}{verb}{growth.Text}。"
            : $"{subject}由{ChineseBefore}的{previous.Text}{(growth.Shown > 0m ? "增至" : "降至")}{level.Text}，{verb}{growth.Text}。";
    }

    private string ChineseUndefinedGrowth(
        Lead lead,
        ShownFigure level,
        ShownFigure? previous,
        UndefinedReason reason
    )
    {
        var before = previous is null ? string.Empty : $"（{ChineseBefore}为{previous.Text}）";
        return $"{ChineseSubject(lead)}{level.Text}{before}，{ChineseReason(reason)}，不计算增速。";
    }

    private string ChineseReason(UndefinedReason reason) =>
        reason switch
        {
            UndefinedReason.ZeroBase => $"{ChineseBefore}为零",
            UndefinedReason.NegativeBase => $"{ChineseBefore}为负值",
            UndefinedReason.SignChange => $"与{ChineseBefore}正负相反",
            _ => $"{ChineseBefore}数据缺失",
        };

    private string ChineseBalance(Lead lead, BalanceWords w)
    {
        var opening =
            (lead.First ? PeriodName(period) + "，" : string.Empty)
            + lead.Item.Subject.ChineseName
            + "贸易";
        var before = ChineseBefore;
        if (w.Now == w.Before)
        {
            if (w.Now == 0)
            {
                return $"{opening}收支平衡，与{before}相同。";
            }
            var kind = w.Now < 0 ? "逆差" : "顺差";
            if (w.ChangeAmount.Shown == 0m)
            {
                return $"{opening}{kind}{w.Balance.Text}，与{before}持平。";
            }
            var verb = (w.Now < 0) == (w.Change > 0) ? "减少" : "增加";
            return $"{opening}{kind}{w.Balance.Text}，比{before}{verb}{w.ChangeAmount.Text}。";
        }
        var was = w.Previous is null ? null : ChineseBalanceKind(w.Before, w.Previous.Text);
        if (w.Now == 0)
        {
            return was is null
                ? $"{opening}收支平衡，比{before}变动{w.ChangeAmount.Text}。"
                : $"{opening}收支平衡，{before}为{was}。";
        }
        var now = ChineseBalanceKind(w.Now, w.Balance.Text);
        return was is null
            ? $"{opening}转为{now}，比{before}变动{w.ChangeAmount.Text}。"
            : $"{opening}由{before}{was}转为{now}。";
    }

    private static string ChineseBalanceKind(int sign, string amount) =>
        sign switch
        {
            < 0 => "逆差" + amount,
            > 0 => "顺差" + amount,
            _ => "收支平衡",
        };

    private string ChineseShare(Lead lead, ReleaseItem whole, ShownFigure share) =>
        $"{ChineseSubject(lead)}占{ChineseItem(whole)}的比重为{share.Text}。";

    private string ChineseNoShare(Lead lead, ReleaseItem whole) =>
        $"{ChineseItem(whole)}为零，{ChineseSubject(lead)}的比重无法计算。";

    private string ChineseContribution(Lead lead, ReleaseItem whole, ShownFigure points) =>
        points.Shown < 0m
            ? $"{ChineseSubject(lead)}拉低{ChineseItem(whole)}增长{points.Text}。"
            : $"{ChineseSubject(lead)}拉动{ChineseItem(whole)}增长{points.Text}。";

    private string ChineseNoContribution(Lead lead, ReleaseItem whole, UndefinedReason reason) =>
        $"{ChineseItem(whole)}{ChineseBefore}为{(reason == UndefinedReason.ZeroBase ? "零" : "负值")}，{ChineseSubject(lead)}对其增长的拉动无法计算。";

    private string ChineseRanking(
        Lead lead,
        RankingStatement s,
        List<(RankedSubject Place, ShownFigure Figure)> places
    )
    {
        var among = $"在{ChineseList(s.Among.Select(a => a.ChineseName))}中";
        var opening = (lead.First ? PeriodName(period) + "，" : string.Empty) + among;
        var measure =
            s.Measure == StatementMeasure.TotalTrade ? string.Empty : ChineseMeasure(s.Measure);
        var groups = places.GroupBy(p => p.Place.Rank).ToList();
        string sentence;
        if (s.Top == 1)
        {
            var first = groups[0].ToList();
            var names = ChineseList(first.Select(p => p.Place.Subject.ChineseName));
            var joint = first.Count > 1 ? "并列" : string.Empty;
            var figure =
                s.Basis == RankingBasis.Level
                    ? first[0].Figure.Text
                    : SignedGrowth(first[0].Figure);
            var each = first.Count > 1 ? "均为" : string.Empty;
            sentence =
                s.Basis == RankingBasis.Level
                    ? $"{opening}，{names}{joint}{measure}规模最大（{each}{figure}）"
                    : $"{opening}，{names}{joint}{measure}增速最快（{each}{figure}）";
        }
        else
        {
            var list = ChineseList(
                groups.Select(g =>
                {
                    var members = g.ToList();
                    var figure =
                        s.Basis == RankingBasis.Level
                            ? members[0].Figure.Text
                            : SignedGrowth(members[0].Figure);
                    return members.Count == 1
                        ? $"{members[0].Place.Subject.ChineseName}（{figure}）"
                        : $"{ChineseList(members.Select(m => m.Place.Subject.ChineseName))}（并列，均为{figure}）";
                })
            );
            var basis = s.Basis == RankingBasis.Level ? "规模" : "增速";
            sentence = $"{opening}，{measure}{basis}居前{s.Top.ToString(Invariant)}位的是{list}";
        }
        foreach (var unranked in s.Unranked)
        {
            sentence +=
                $"；{unranked.Subject.ChineseName}{ChineseReason(unranked.Reason)}，未参与排序";
        }
        return sentence + "。";
    }

    private string ChineseThreshold(
        Lead lead,
        ThresholdStatement s,
        int comparison,
        ShownFigure threshold,
        ShownFigure converted,
        ShownFigure rate
    )
    {
        var verb = comparison switch
        {
            > 0 => "超过",
            0 => "达到",
            _ => "未达到",
        };
        var sentence = $"{ChineseSubject(lead)}{verb}{threshold.Text}";
        if (style.ShowConversion)
        {
            var baseName = style.WordingOf(s.Rate.BaseCurrency).UnitName;
            var quote = style.WordingOf(s.Rate.QuoteCurrency).UnitName;
            sentence += $"（按1{baseName}兑{rate.Text}{quote}折算为{converted.Text}）";
        }
        return sentence + "。";
    }

    private static string ChineseList(IEnumerable<string> items) => List(items, "、", "和");
}
