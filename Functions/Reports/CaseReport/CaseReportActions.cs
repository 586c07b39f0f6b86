using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Pdf;

namespace Serverless.Feedback.Reports.CaseReport;

/// <summary>D5 to D8: the actions chosen, how they were carried out and verified, and how the case closed.</summary>
internal static partial class CaseReportRenderer
{
    private static void Corrective(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        pdf.Heading(l["report.case.d5"], 2);
        if (input.Case.Resolution is not { } resolution)
        {
            NotRecorded(pdf, l);
            return;
        }

        pdf.KeyValues(Pairs((l["report.case.resolution"], resolution.Summary)));
        if (resolution.NoCorrectiveAction is { } none)
        {
            pdf.KeyValues(Pairs((l["report.case.noCorrectiveAction"], ReportFormat.Join(none.Reason, input.Names.Person(none.DecidedBy), l.When(none.DecidedAt, input.Zone)))));
        }

        if (resolution.CorrectiveActions.Count > 0)
        {
            pdf.Table(PlanColumns(l), resolution.CorrectiveActions.Select(a => Row(a.Id, a.Description, Owner(a, input), l.Day(a.DueDate))));
        }
    }

    private static void Verification(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        pdf.Heading(l["report.case.d6"], 2);
        var actions = input.Case.Resolution?.CorrectiveActions ?? [];
        if (actions.Count > 0)
        {
            pdf.Table(ProgressColumns(l), actions.Select(a => Progress(a, input, l)));
        }

        if (input.Case.Verification is { } verification)
        {
            pdf.KeyValues(Pairs(
                (l["report.case.verifier"], input.Names.Person(verification.Verifier)),
                (l["report.case.verificationCriteria"], verification.Criteria),
                (l["report.case.verificationDue"], l.Day(verification.DueDate)),
                (l["report.case.effective"], l.YesNo(verification.Effective)),
                (l["report.case.verificationResult"], verification.Result),
                (l["report.case.verifiedAt"], ReportFormat.Join(l.When(verification.VerifiedAt, input.Zone), input.Names.Person(verification.VerifiedBy)))));
        }
        else if (actions.Count == 0)
        {
            NotRecorded(pdf, l);
        }
    }

    private static void Preventive(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        pdf.Heading(l["report.case.d7"], 2);
        var actions = input.Case.Resolution?.PreventiveActions ?? [];
        if (actions.Count == 0)
        {
            NotRecorded(pdf, l);
            return;
        }

        // Preventive actions are planned and carried out in one place, so one table shows both.
        pdf.Table(
            [
                new(l["report.case.col.id"], 0.6), new(l["report.case.col.description"], 3.1), new(l["report.case.col.owner"], 1.4), new(l["report.case.col.due"], 1.4),
                new(l["report.case.col.status"], 1.3), new(l["report.case.col.evidence"], 2.2),
            ],
            actions.Select(a => Row(a.Id, a.Description, Owner(a, input), l.Day(a.DueDate), l.Label("report.actionStatus", a.Status), Evidence(a, l))));
    }

    private static void Closure(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var c = input.Case;
        pdf.Heading(l["report.case.d8"], 2);
        var answer = c.CustomerAnswer;
        var avenues = answer?.AvenuesOffered.Select(code => input.Organisation.RejectionAvenues.FirstOrDefault(a => a.Code == code)?.Label.For(l.Language) ?? code);
        var pairs = Pairs(
            (l["report.case.customerAnswer"], answer is null ? null : ReportFormat.Join(l.Label("report.decision", answer.Decision), l.Label("report.answerSource", answer.Source), l.When(answer.At, input.Zone))),
            (l["report.case.answerComment"], answer?.Comment),
            (l["report.case.avenuesOffered"], avenues is null ? null : string.Join(l.IsChinese ? "、" : ", ", avenues)),
            (l["report.case.finalResult"], c.Closure?.FinalResult),
            (l["report.case.closed"], l.When(c.Closure?.ClosedAt, input.Zone)),
            (l["report.case.closedBy"], input.Names.Person(c.Closure?.ClosedBy)),
            (l["report.case.satisfaction"], c.Satisfaction is { } rating ? ReportFormat.Join(l.Format("report.case.score", rating.Score), rating.Comment) : null)).ToList();
        if (pairs.Count == 0 && c.Approvals.Count == 0)
        {
            NotRecorded(pdf, l);
        }

        pdf.KeyValues(pairs);
        if (c.Approvals.Count > 0)
        {
            pdf.Heading(l["report.case.approvals"], 3).Table(
                [
                    new(l["report.case.col.round"], 1, PdfAlign.Right), new(l["report.case.col.step"], 0.9, PdfAlign.Right), new(l["report.case.col.role"], 1.8),
                    new(l["report.case.col.who"], 1.5), new(l["report.case.col.when"], 1.9), new(l["report.case.col.meaning"], 1.3), new(l["report.case.col.reason"], 2.3),
                ],
                c.Approvals.Select(a => Row(
                    l.Number(a.Round), l.Number(a.Step), l.Label("report.role", a.Role), a.ByName, l.When(a.At, input.Zone), l.Label("report.meaning", a.Meaning), a.Reason)));
        }

        if (input.Milestones.Any(m => m.WorkingTime > TimeSpan.Zero))
        {
            pdf.BarChart(new PdfBarChart(
                l["report.case.timeTaken"],
                [.. input.Milestones.Select(m => new PdfChartValue(l[m.TextKey], Math.Round(m.WorkingTime.TotalHours, 1)))])
            {
                ValueAxisTitle = l["report.case.timeAxis"],
                Height = 170,
            });
        }
    }

    /// <summary>A staff owner by name; an outside owner with how to reach them.</summary>
    private static string Owner(CapaAction a, CaseReportInput input) => ReportFormat.Join(input.Names.Person(a.Owner), a.OwnerContact);

    private static string? Evidence(CapaAction a, Localizer l) =>
        a.CarriedOver is { } carried ? ReportFormat.Join(a.Evidence, l.Format("report.case.carriedOver", carried.FollowUpAction, carried.Reason)) : a.Evidence;

    private static PdfTableColumn[] PlanColumns(Localizer l) =>
        [new(l["report.case.col.id"], 0.6), new(l["report.case.col.description"], 4.6), new(l["report.case.col.owner"], 1.6), new(l["report.case.col.due"], 1.6)];

    private static PdfTableColumn[] ProgressColumns(Localizer l) =>
        [new(l["report.case.col.id"], 0.6), new(l["report.case.col.status"], 1.2), new(l["report.case.col.doneAt"], 1.9), new(l["report.case.col.evidence"], 4.7)];

    private static IReadOnlyList<string> Progress(CapaAction a, CaseReportInput input, Localizer l) =>
        Row(a.Id, l.Label("report.actionStatus", a.Status), l.When(a.DoneAt, input.Zone), a.Evidence);
}
