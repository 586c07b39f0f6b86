using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Configuration;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>
/// The mails that carry reports to management. The stored PDF goes along as an attachment when the whole mail
/// stays within what the sender accepts (<c>Mail:Acs:MaxMessageBytes</c>, base64 included); otherwise the mail
/// links to the protected download in the staff API.
/// </summary>
internal sealed class ReportMailComposer(ReportArchive archive, CaseStore cases, IOptions<MailOptions> mail, IOptions<PublicSiteOptions> site, ILogger<ReportMailComposer> logger) : IMailComposer
{
    public const string CaseTemplate = "case-report";
    public const string MonthlyTemplate = "monthly-summary";
    public const string AnnualTemplate = "annual-report";
    public const string YearValue = "year";
    public const string InvestigationTemplate = "investigation-report";
    public const string ReportValue = "report";
    public const string FileNameValue = "fileName";
    public const string TriggerValue = "trigger";
    public const string MonthValue = "month";

    /// <summary>Room for headers, both bodies and MIME framing besides the attachment.</summary>
    private const long MailOverheadBytes = 64 * 1024;

    public bool Knows(string template) => template is CaseTemplate or MonthlyTemplate or AnnualTemplate or InvestigationTemplate;

    public async Task<ComposedMail?> ComposeAsync(MailRequest request, CancellationToken cancellationToken)
    {
        var name = request.Values.GetValueOrDefault(ReportValue);
        if (name is null || await archive.LoadAsync(name, cancellationToken) is not { } pdf)
        {
            logger.LogWarning("Mail {MailId}: the report {Report} is not in the archive", request.MailId, name);
            return null;
        }

        var l = Texts.Instance.For(request.Recipient.Language);
        var attach = EncodedSize(pdf.Length) <= mail.Value.Acs.MaxMessageBytes;
        var download = new MailLink(l["report.mail.download"], site.Value.Link("/api/staff/reports/files/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString))));
        var parts = request.Template switch
        {
            CaseTemplate or InvestigationTemplate => await CasePartsAsync(request, l, cancellationToken),
            AnnualTemplate => AnnualParts(request, l),
            _ => MonthlyParts(request, l),
        };
        if (parts is null)
        {
            return null;
        }

        var (subject, body, facts, console) = parts.Value;
        var document = new MailDocument(
            l.Language,
            subject,
            l.Format("mail.greeting", request.Recipient.Name),
            [body, l[attach ? "report.mail.attached" : "report.mail.linked"]],
            facts,
            [],
            attach ? console : download,
            l["mail.closing"],
            l["report.mail.footer"]);
        IReadOnlyList<MailAttachment> attachments = attach ? [new MailAttachment(request.Values.GetValueOrDefault(FileNameValue) ?? "report.pdf", ReportArchive.PdfType, pdf)] : [];
        return new ComposedMail(document, attachments);
    }

    /// <summary>Base64 turns 3 bytes into 4 characters, and MIME breaks the lines every 76 of them.</summary>
    public static long EncodedSize(long bytes) => ((bytes + 2) / 3 * 4 * 78 / 76) + MailOverheadBytes;

    private async Task<(string, string, IReadOnlyList<MailFact>, MailLink?)?> CasePartsAsync(MailRequest request, Localizer l, CancellationToken cancellationToken)
    {
        if (request.CaseNumber is null || await cases.GetAsync(request.CaseNumber, cancellationToken) is not { } stored)
        {
            return null;
        }

        var c = stored.Case;
        var trigger = l.Code("report.trigger", request.Values.GetValueOrDefault(TriggerValue));
        var customer = ReportFormat.Join(c.Customer.Name, c.Customer.Company);
        IReadOnlyList<MailFact> facts =
        [
            new(l["mail.fact.number"], c.Number),
            new(l["mail.fact.customer"], customer),
            .. c.Subject.Product is { } product ? [new MailFact(l["mail.fact.product"], product)] : Array.Empty<MailFact>(),
            .. c.Assessment is { } assessment ? [new MailFact(l["mail.fact.severity"], l.Label("severity", assessment.Severity))] : Array.Empty<MailFact>(),
        ];
        return (
            l.Format($"report.mail.{request.Template}.subject", c.Number, trigger),
            l.Format($"report.mail.{request.Template}.body", c.Number, trigger, customer),
            facts,
            new MailLink(l["report.mail.console"], site.Value.Link($"/console/#/cases/{c.Number}")));
    }

    private static (string, string, IReadOnlyList<MailFact>, MailLink?)? AnnualParts(MailRequest request, Localizer l)
    {
        var year = request.Values.GetValueOrDefault(YearValue) ?? "";
        return (l.Format("report.mail.annual-report.subject", year), l.Format("report.mail.annual-report.body", year), [], null);
    }

    private static (string, string, IReadOnlyList<MailFact>, MailLink?)? MonthlyParts(MailRequest request, Localizer l)
    {
        var month = request.Values.GetValueOrDefault(MonthValue) ?? "";
        return (l.Format("report.mail.monthly-summary.subject", month), l.Format("report.mail.monthly-summary.body", month), [], null);
    }
}
