using Serverless.Feedback.Localization;
using Serverless.Feedback.Pdf;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>
/// The monthly management summary (每月上报, docs/procedure.md §11) as a PDF: counts by type, category, severity, department
/// and channel; deadlines met on time and average working times; Pareto charts of root causes and categories;
/// satisfaction; open and late actions; missed deadlines by person; the twelve-month trend and the complaint rate.
/// </summary>
internal static class MonthlySummaryRenderer
{
    /// <summary>Past this many rows the list of open actions stops; the count says how many more there are.</summary>
    public const int MaxActionRows = 60;

    public static byte[] Render(MonthlySummary summary, ReportNames names, Localizer l) => Builder(summary, names, l).Build();

    public static PdfDocumentBuilder Builder(MonthlySummary summary, ReportNames names, Localizer l)
    {
        var f = summary.Figures;
        var month = f.Month.ToString();
        var title = l.Format("report.monthly.title", month);
        var pdf = new PdfDocumentBuilder(new PdfDocumentInfo(title, l["site.name"], title, l.Language, summary.GeneratedAt))
            .Header(l.Format("report.monthly.header", month), l.Format("report.generated", l.When(summary.GeneratedAt, summary.Zone)))
            .Footer(l["report.page"], l["site.name"])
            .Heading(title)
            .Paragraph(l.Format("report.monthly.period", l.Day(f.Month.FirstDay), l.Day(f.Month.Next.FirstDay.AddDays(-1))), PdfTextStyle.Small);
        if (!f.Complete)
        {
            pdf.Paragraph(l.Format("report.monthly.partial", l.When(f.Until, summary.Zone)), PdfTextStyle.Small);
        }

        Overview(pdf, summary, l);
        Breakdown(pdf, l, "byCategory", "category", f.ByCategory, code => code is null ? l["report.monthly.notAssessed"] : l.Code("category", code));
        Breakdown(pdf, l, "bySeverity", "severity", f.BySeverity, code => code is null ? l["report.monthly.notAssessed"] : l.Code("severity", code));
        Breakdown(pdf, l, "byDepartment", "department", f.ByDepartment, code => code is null ? l["report.monthly.noDepartment"] : names.Department(code, l.Language));
        Breakdown(pdf, l, "byChannel", "channel", f.ByChannel, code => l.Code("channel", code));
        Deadlines(pdf, f, l);
        Pareto(pdf, l, "paretoCauses", f.RootCauses, code => l.Code("report.rootCause", code));
        Pareto(pdf, l, "paretoCategories", f.Categories, code => l.Code("category", code));
        Satisfaction(pdf, f.Satisfaction, l);
        Actions(pdf, f, names, l);
        LateByPerson(pdf, f, names, l);
        Returns(pdf, f.Returns, l);
        Improvements(pdf, f, summary, names, l);
        Trend(pdf, summary, l);
        return pdf;
    }

    private static void Overview(PdfDocumentBuilder pdf, MonthlySummary summary, Localizer l)
    {
        var f = summary.Figures;
        pdf.Heading(l["report.monthly.overview"], 2)
            .Table(
                [new(l["report.monthly.kind"], 2.4), Count(l, "received"), Count(l, "closed"), Count(l, "open")],
                f.ByKind.Select(k => Cells(l.Label("kindNoun", k.Kind), l.Number(k.Received), l.Number(k.Closed), l.Number(k.Open))))
            .KeyValues(
            [
                new(l["report.monthly.total"], string.Join("   ", new[]
                {
                    $"{l["report.monthly.received"]} {l.Number(f.Complaints.Received)}",
                    $"{l["report.monthly.closed"]} {l.Number(f.Complaints.Closed)}",
                    $"{l["report.monthly.open"]} {l.Number(f.Complaints.Open)}",
                    $"{l["report.monthly.overdue"]} {l.Number(f.Complaints.Overdue)}",
                })),
                new(l["report.monthly.firstContact"], l.Number(f.ResolvedAtFirstContact)),
            ]);

        pdf.Heading(l["report.monthly.complaintRate"], 3);
        if (summary.Settings.VolumeOf(f.Month) is { } volume)
        {
            pdf.KeyValues(
            [
                .. volume.Orders is { } orders ? [new PdfKeyValue(l["report.monthly.orders"], l.Number(orders)), new PdfKeyValue(l["report.monthly.perOrders"], l.Decimal(Rate(f.Complaints.Received, orders), "0.00"))] : Array.Empty<PdfKeyValue>(),
                .. volume.Deliveries is { } deliveries ? [new PdfKeyValue(l["report.monthly.deliveries"], l.Number(deliveries)), new PdfKeyValue(l["report.monthly.perDeliveries"], l.Decimal(Rate(f.Complaints.Received, deliveries), "0.00"))] : Array.Empty<PdfKeyValue>(),
            ]);
        }
        else
        {
            pdf.Paragraph(l["report.monthly.noVolumes"], PdfTextStyle.Small);
        }

        Limits(pdf, summary, l);
    }

    private static void Limits(PdfDocumentBuilder pdf, MonthlySummary summary, Localizer l)
    {
        var set = summary.Limits.Where(c => c.Limit is not null).ToList();
        if (set.Count == 0)
        {
            return;
        }

        pdf.Heading(l["report.monthly.controlLimits"], 3).Table(
            [new(l["report.monthly.rateOf"], 2.2), Count(l, "measured"), Count(l, "limit"), new(l["report.monthly.limitState"], 2.2)],
            set.Select(c => Cells(
                l[$"report.controlLimit.{c.Topic}"],
                l.Number(c.Measured),
                l.Number(c.Limit),
                c.Measured is null ? l["report.monthly.noVolumes"]
                : c.Exceeded ? l.Format("report.monthly.aboveLimit", summary.LimitActions.GetValueOrDefault(c.Topic) ?? "")
                : l["report.monthly.withinLimit"])));
    }

    private static void Breakdown(PdfDocumentBuilder pdf, Localizer l, string title, string dimension, IReadOnlyList<Counts> rows, Func<string?, string> label)
    {
        pdf.Heading(l["report.monthly." + title], 2);
        if (rows.Count == 0)
        {
            pdf.Paragraph(l["report.noData"], PdfTextStyle.Small);
            return;
        }

        pdf.Table(
            [new(l["report.monthly." + dimension], 2.4), Count(l, "received"), Count(l, "closed"), Count(l, "open"), Count(l, "overdue")],
            rows.Select(r => Cells(label(r.Code), l.Number(r.Received), l.Number(r.Closed), l.Number(r.Open), l.Number(r.Overdue))));
    }

    private static void Deadlines(PdfDocumentBuilder pdf, MonthlyFigures f, Localizer l)
    {
        pdf.Heading(l["report.monthly.deadlines"], 2).Table(
            [new(l["report.monthly.deadline"], 2), Count(l, "met"), Count(l, "metOnTime"), Count(l, "rate"), Count(l, "averageTime")],
            [
                Cells(l.Code("deadline", "firstResponse"), l.Number(f.FirstResponse.Met), l.Number(f.FirstResponse.MetOnTime), l.Percent(f.FirstResponse.Rate), l.Hours(f.AverageFirstResponse)),
                Cells(l.Code("deadline", "investigationReport"), l.Number(f.InvestigationReport.Met), l.Number(f.InvestigationReport.MetOnTime), l.Percent(f.InvestigationReport.Rate), ""),
                Cells(l.Code("deadline", "resolution"), l.Number(f.Resolution.Met), l.Number(f.Resolution.MetOnTime), l.Percent(f.Resolution.Rate), l.Hours(f.AverageResolution)),
            ]);
    }

    private static void Pareto(PdfDocumentBuilder pdf, Localizer l, string title, IReadOnlyList<CodeCount> counts, Func<string, string> label)
    {
        if (counts.Sum(c => c.Count) == 0)
        {
            pdf.Heading(l["report.monthly." + title], 2).Paragraph(l["report.noData"], PdfTextStyle.Small);
            return;
        }

        pdf.ParetoChart(new PdfParetoChart(l["report.monthly." + title], [.. counts.Select(c => new PdfChartValue(label(c.Code), c.Count))])
        {
            CountAxisTitle = l["report.monthly.count"],
            PercentAxisTitle = l["report.monthly.cumulative"],
        });
    }

    private static void Satisfaction(PdfDocumentBuilder pdf, SatisfactionFigures s, Localizer l)
    {
        pdf.Heading(l["report.monthly.satisfaction"], 2).KeyValues(
        [
            new(l["report.monthly.ratings"], l.Number(s.Count)),
            new(l["report.monthly.average"], l.Decimal(s.Average, "0.00")),
            new(l["report.monthly.responseRate"], l.Percent(s.ResponseRate)),
        ]);
        if (s.Count > 0)
        {
            pdf.BarChart(new PdfBarChart(l["report.monthly.distribution"], [.. s.Distribution.Select((n, i) => new PdfChartValue(l.Number(i + 1), n))])
            {
                CategoryAxisTitle = l["report.monthly.score"],
                ValueAxisTitle = l["report.monthly.ratings"],
                Height = 170,
            });
        }
    }

    private static void Actions(PdfDocumentBuilder pdf, MonthlyFigures f, ReportNames names, Localizer l)
    {
        pdf.Heading(l["report.monthly.actions"], 2).KeyValues(
        [
            new(l["report.monthly.openActions"], l.Number(f.OpenActions.Count)),
            new(l["report.monthly.lateActions"], l.Number(f.LateActions)),
        ]);
        if (f.OpenActions.Count == 0)
        {
            return;
        }

        pdf.Table(
            [
                new(l["report.monthly.case"], 2.1), new(l["report.monthly.action"], 1.4), new(l["report.case.col.description"], 3.6),
                new(l["report.case.col.owner"], 1.5), new(l["report.case.col.due"], 1.5), new(l["report.monthly.late"], 0.8),
            ],
            f.OpenActions.Take(MaxActionRows).Select(a => Cells(
                a.CaseNumber,
                $"{a.ActionId} {l[a.Corrective ? "report.monthly.corrective" : "report.monthly.preventive"]}",
                a.Description,
                names.Person(a.Owner),
                l.Day(a.DueDate),
                a.Late ? l["report.yes"] : "")));
        if (f.OpenActions.Count > MaxActionRows)
        {
            pdf.Paragraph(l.Format("report.monthly.moreActions", f.OpenActions.Count - MaxActionRows), PdfTextStyle.Small);
        }
    }

    private static void LateByPerson(PdfDocumentBuilder pdf, MonthlyFigures f, ReportNames names, Localizer l)
    {
        pdf.Heading(l["report.monthly.lateByPerson"], 2);
        if (f.LateByPerson.Count == 0)
        {
            pdf.Paragraph(l["report.none"], PdfTextStyle.Small);
            return;
        }

        pdf.Table(
            [new(l["report.monthly.person"], 2.4), Count(l, "metLate"), Count(l, "overdue")],
            f.LateByPerson.Select(p => Cells(names.Person(p.StaffId), l.Number(p.MetLate), l.Number(p.OverdueAtEnd))));
    }

    private static void Returns(PdfDocumentBuilder pdf, ReturnFigures r, Localizer l)
    {
        pdf.Heading(l["report.monthly.returns"], 2)
            .Paragraph(l.Format("report.monthly.returnCounts", l.Number(r.Lots), l.Number(r.Quantity), l.Number(r.Reviews.Met), l.Number(r.Reviews.MetOnTime), l.Percent(r.Reviews.Rate), l.Number(r.AwaitingReview)), PdfTextStyle.Small);
        if (r.Dispositions.Count > 0)
        {
            pdf.Table(
                [new(l["report.monthly.disposition"], 2.4), Count(l, "reviews")],
                r.Dispositions.Select(d => Cells(l.Code("disposition", d.Code), l.Number(d.Count))));
        }
    }

    private static void Improvements(PdfDocumentBuilder pdf, MonthlyFigures f, MonthlySummary summary, ReportNames names, Localizer l)
    {
        var i = f.Improvements;
        pdf.Heading(l["report.monthly.improvements"], 2)
            .Paragraph(l.Format("report.monthly.improvementCounts", l.Number(i.Opened), l.Number(i.Closed), l.Number(i.OpenAtEnd.Count)), PdfTextStyle.Small);
        if (i.OpenAtEnd.Count > 0)
        {
            pdf.Table(
                [new(l["report.monthly.case"], 1.4), new(l["report.monthly.department"], 1.2), new(l["report.monthly.origin"], 2.6), new(l["report.monthly.opened"], 1.1)],
                i.OpenAtEnd.Select(line => Cells(line.CaseNumber, names.Department(line.Department, l.Language), ImprovementOrigins.Describe(line.Source, line.Reference, line.Topic, l), l.Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(line.OpenedAt, summary.Zone).DateTime)))));
        }
    }

    private static void Trend(PdfDocumentBuilder pdf, MonthlySummary summary, Localizer l)
    {
        pdf.Heading(l["report.monthly.trend"], 2)
            .BarChart(new PdfBarChart(l["report.monthly.trendChart"], [.. summary.Trend.Select(p => new PdfChartValue(p.Month[2..], p.Received))])
            {
                ValueAxisTitle = l["report.monthly.count"],
                CategoryAxisTitle = l["report.monthly.month"],
            })
            .Table(
                [
                    new(l["report.monthly.month"], 1.3), Count(l, "received"), Count(l, "closed"), Count(l, "open"), Count(l, "overdue"),
                    Count(l, "rate"), Count(l, "averageScore"), Count(l, "perOrders"),
                ],
                summary.Trend.Select(p => Cells(
                    p.Month,
                    l.Number(p.Received),
                    l.Number(p.Closed),
                    l.Number(p.OpenAtEnd),
                    l.Number(p.OverdueAtEnd),
                    l.Percent(p.OnTimeRate),
                    l.Decimal(p.AverageScore, "0.00"),
                    l.Decimal(summary.Settings.VolumeOf(ReportMonth.Parse(p.Month))?.Orders is { } orders ? Rate(p.Received, orders) : null, "0.00"))));
    }

    private static double? Rate(int complaints, long volume) => volume == 0 ? null : complaints * 1000.0 / volume;

    private static PdfTableColumn Count(Localizer l, string key) => new(l["report.monthly." + key], 1, PdfAlign.Right);

    private static IReadOnlyList<string> Cells(params string[] cells) => cells;
}
