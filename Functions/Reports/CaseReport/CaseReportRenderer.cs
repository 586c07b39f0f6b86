using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Pdf;
using Serverless.Feedback.Pdf.Images;

namespace Serverless.Feedback.Reports.CaseReport;

/// <summary>
/// The corrective and preventive action report of one case in the 8D layout (docs/procedure.md §11): D0 summary, D1 team,
/// D2 problem with the customer's photos, D3 containment and remedy, D4 root cause, D5 corrective actions,
/// D6 implementation and verification, D7 preventive actions, D8 closure. Labels come from the texts of the
/// reader's language; what the customer and staff wrote is printed as written.
/// </summary>
internal static partial class CaseReportRenderer
{
    private const double PhotoHeight = 160;

    public static byte[] Render(CaseReportInput input, Localizer l) => Builder(input, l).Build();

    public static PdfDocumentBuilder Builder(CaseReportInput input, Localizer l)
    {
        var c = input.Case;
        var title = l[input.Interim ? "report.case.interimTitle" : "report.case.title"];
        var pdf = new PdfDocumentBuilder(new PdfDocumentInfo($"{title} {c.Number}", l["site.name"], c.Number, l.Language, input.GeneratedAt))
            .Header(l.Format("report.case.header", c.Number), ReportFormat.Join(c.Customer.Company ?? c.Customer.Name))
            .Footer(l["report.page"], l.Format("report.case.footer", c.Number, c.Version, l.When(input.GeneratedAt, input.Zone)))
            .Heading(title)
            .Paragraph(ReportFormat.Join(c.Number, c.Customer.Company ?? c.Customer.Name, c.Subject.Product), PdfTextStyle.Small);

        Summary(pdf, input, l);
        Team(pdf, input, l);
        Problem(pdf, input, l);
        Containment(pdf, input, l);
        RootCause(pdf, input, l);
        if (input.Interim)
        {
            return pdf.Paragraph(l["report.case.interimNote"], PdfTextStyle.Small);
        }

        Corrective(pdf, input, l);
        Verification(pdf, input, l);
        Preventive(pdf, input, l);
        Closure(pdf, input, l);
        return pdf;
    }

    private static void Summary(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var c = input.Case;
        var assessment = c.Assessment;
        pdf.Heading(l["report.case.d0"], 2).KeyValues(Pairs(
            (l["report.case.number"], c.Number),
            (l["report.case.kind"], l.Code("kindNoun", Code(c.Kind))),
            (l["report.case.channel"], l.Label("channel", c.Channel)),
            (l["report.case.customer"], ReportFormat.Join(c.Customer.Name, c.Customer.Company)),
            (l["report.case.product"], c.Subject.Product),
            (l["report.case.model"], c.Subject.Model),
            (l["report.case.orderNumber"], c.Subject.OrderNumber),
            (l["report.case.deliveryDate"], l.Day(c.Subject.DeliveryDate)),
            (l["report.case.batch"], c.Subject.Batch),
            (l["report.case.received"], l.When(c.ReceivedAt, input.Zone)),
            (l["report.case.stage"], l.Label("stage", c.Stage)),
            (l["report.case.severity"], l.Label("severity", assessment?.Severity)),
            (l["report.case.category"], l.Label("category", assessment?.Category)),
            (l["report.case.validity"], ReportFormat.Join(l.Label("report.validity", assessment?.Validity), NotValidReason(input, l))),
            (l["report.case.explanation"], assessment?.Explanation),
            (l["report.case.investigationDue"], InvestigationDue(c, input, l)),
            (l["report.case.resolutionDue"], l.When(c.Sla.Find(DeadlineKind.Resolution)?.Due, input.Zone)),
            (l["report.case.closed"], l.When(c.Closure?.ClosedAt, input.Zone))));
    }

    private static void Team(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var c = input.Case;
        var names = input.Names;
        pdf.Heading(l["report.case.d1"], 2).KeyValues(Pairs(
            (l["report.case.department"], names.Department(c.Assignment.Department, l.Language)),
            (l["report.case.handler"], names.Person(c.Assignment.HandlerId)),
            (l["report.case.firstReceiver"], names.Person(c.Assignment.FirstReceiverId)),
            (l["report.case.assessedBy"], names.Person(c.Assessment?.AssessedBy)),
            (l["report.case.investigator"], names.Person(c.Investigation?.RecordedBy)),
            (l["report.case.causeDepartment"], names.Department(c.Investigation?.ResponsibleDepartment, l.Language)),
            (l["report.case.causePerson"], c.Investigation?.ResponsiblePerson),
            (l["report.case.proposedBy"], names.Person(c.Resolution?.ProposedBy)),
            (l["report.case.approvers"], Approvers(c, l)),
            (l["report.case.verifier"], names.Person(c.Verification?.Verifier))));
    }

    private static void Problem(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var subject = input.Case.Subject;
        pdf.Heading(l["report.case.d2"], 2)
            .Heading(l["report.case.customerWords"], 3)
            .Paragraph(subject.Description)
            .KeyValues(Pairs(
                (l["report.case.quantityAffected"], l.Number(subject.QuantityAffected)),
                (l["report.case.remedyWanted"], ReportFormat.Join(l.Label("remedy", subject.RemedyWanted), subject.RemedyDetail)),
                (l["report.case.requestedDeadline"], l.Day(subject.RequestedDeadline))));

        var unreadable = new List<AttachmentRef>();
        if (input.Photos.Count > 0)
        {
            pdf.Heading(l["report.case.photos"], 3);
        }

        for (var i = 0; i < input.Photos.Count; i++)
        {
            var photo = input.Photos[i];
            try
            {
                pdf.Image(photo.Jpeg, PhotoHeight, l.Format("report.case.photo", i + 1, photo.Attachment.FileName));
            }
            catch (InvalidImageException)
            {
                // A file that claims to be a JPEG but cannot be read is still worth naming.
                unreadable.Add(photo.Attachment);
            }
        }

        var others = input.OtherAttachments.Concat(unreadable).ToList();
        if (others.Count > 0)
        {
            pdf.Heading(l["report.case.otherAttachments"], 3)
                .Paragraph(string.Join("\n", others.Select(a => $"{a.FileName} ({a.ContentType}, {l.Number(a.Length / 1024m)} KB)")));
        }
    }

    private static void Containment(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var c = input.Case;
        pdf.Heading(l["report.case.d3"], 2);
        if (c.Assessment is { } assessment)
        {
            pdf.KeyValues(Pairs((l["report.case.immediateAction"], ReportFormat.Join(l.Label("immediateAction", assessment.ImmediateAction), assessment.ImmediateActionNote))));
        }

        ReturnedGoods(pdf, input, l);

        if (c.Resolution is not { RemedialActions.Count: > 0 } resolution)
        {
            NotRecorded(pdf, l);
            return;
        }

        pdf.Heading(l["report.case.remedialActions"], 3).Table(
            [
                new(l["report.case.col.id"], 0.6), new(l["report.case.col.kind"], 1.9), new(l["report.case.col.description"], 3),
                new(l["report.case.col.quantity"], 1.3, PdfAlign.Right), new(l["report.case.col.amount"], 1.6, PdfAlign.Right),
                new(l["report.case.col.status"], 1.2), new(l["report.case.col.doneAt"], 1.8),
            ],
            resolution.RemedialActions.Select(a => Row(
                a.Id, l.Label("remedial", a.Kind), a.Description, l.Number(a.Quantity), l.Money(a.Amount, input.Currency), l.Label("report.actionStatus", a.Status), l.When(a.DoneAt, input.Zone))));

        // What shows each remedy was carried out (a shipment number, a payment voucher), below the table to keep it readable.
        pdf.KeyValues(resolution.RemedialActions.Where(a => a.Evidence is not null).Select(a => new PdfKeyValue(l.Format("report.case.remedialEvidence", a.Id), a.Evidence!)));
        if (resolution.CompensationTotal > 0)
        {
            pdf.KeyValues(Pairs((l["report.case.compensationTotal"], l.Money(resolution.CompensationTotal, input.Currency))));
        }
    }

    private static void RootCause(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        pdf.Heading(l["report.case.d4"], 2);
        ReturnReviews(pdf, input, l);
        if (input.Case.Investigation is not { } investigation)
        {
            NotRecorded(pdf, l);
            return;
        }

        var checks = new[]
        {
            (investigation.SalesListChecked, "salesList"), (investigation.BatchRecordsChecked, "batchRecords"),
            (investigation.RetainedSamplesChecked, "retainedSamples"), (investigation.ReturnedGoodsReviewed, "returnedGoods"),
        }.Where(check => check.Item1).Select(check => l[$"report.case.check.{check.Item2}"]);
        pdf.KeyValues(Pairs(
            (l["report.case.rootCauseCategory"], l.Label("report.rootCause", investigation.RootCauseCategory)),
            (l["report.case.causeOwner"], l.Label("report.causeOwner", investigation.CauseOwner)),
            (l["report.case.checks"], string.Join(l.IsChinese ? "、" : ", ", checks)),
            (l["report.case.findings"], investigation.Findings)));
        if (investigation.Whys.Count > 0)
        {
            pdf.Heading(l["report.case.whys"], 3)
                .KeyValues(investigation.Whys.Select((why, i) => new PdfKeyValue(l.Format("report.case.why", i + 1), why)));
        }

        pdf.KeyValues(Pairs((l["report.case.rootCause"], investigation.RootCause)));
    }

    private static IEnumerable<PdfKeyValue> Pairs(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => new PdfKeyValue(p.Key, p.Value!));

    private static IReadOnlyList<string> Row(params string?[] cells) => [.. cells.Select(ReportFormat.Cell)];

    private static void NotRecorded(PdfDocumentBuilder pdf, Localizer l) => pdf.Paragraph(l["report.notRecorded"], PdfTextStyle.Small);

    private static string Code<T>(T value)
        where T : struct, Enum => Cases.Storage.CaseRows.Code(value);

    private static string? NotValidReason(CaseReportInput input, Localizer l) =>
        input.Case.Assessment?.NotValidReason is { } code
            ? input.Organisation.NotValidReasons.FirstOrDefault(r => r.Code == code)?.Label.For(l.Language) ?? code
            : null;

    /// <summary>When the report to the general manager was due, and whether it went in time once it did.</summary>
    private static string? InvestigationDue(CaseRecord c, CaseReportInput input, Localizer l) =>
        c.Sla.Find(DeadlineKind.InvestigationReport) is { } clock
            ? ReportFormat.Join(l.When(clock.Due, input.Zone), clock.MetAt is { } met ? l[met <= clock.Due ? "report.case.onTime" : "report.case.late"] : null)
            : null;

    private static string? Approvers(CaseRecord c, Localizer l) =>
        c.Resolution is { RequiredApprovals.Count: > 0 } resolution
            ? string.Join(" → ", resolution.RequiredApprovals.Select(role => l.Label("report.role", role)))
            : null;
}
