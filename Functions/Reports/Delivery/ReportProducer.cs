using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Hosting.Telemetry;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>
/// Produces a requested report: renders it once per language of the management list, stores each file in the
/// archive and queues one mail per recipient. Mail ids are derived from the report and the recipient, so a
/// retried or repeated request mails nobody twice (the outbox sends each id once).
/// </summary>
internal sealed class ReportProducer(
    CaseStore cases,
    CaseReportSource caseReports,
    MonthlySummaryService summaries,
    Annual.AnnualReportSource annualReports,
    ReportNameSource names,
    IEnumerable<IManagementList> management,
    ReportArchive archive,
    StaffDirectory staff,
    MailOutbox outbox,
    FeedbackMetrics metrics,
    ILogger<ReportProducer> logger)
{
    public async Task ProduceAsync(CaseReportRequest request, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(request.CaseNumber, cancellationToken) is not { } stored)
        {
            logger.LogWarning("The 8D report of {CaseNumber} was requested, but there is no such case", request.CaseNumber);
            return;
        }

        var interim = request.Trigger == CaseReportTrigger.Investigated;
        var recipients = interim ? await GeneralManagersAsync(cancellationToken) : await RecipientsAsync(cancellationToken);
        var input = await caseReports.LoadAsync(stored.Case, cancellationToken) with { Interim = interim };
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages(recipients))
        {
            files[language] = ReportArchive.CaseReportName(request.CaseNumber, request.Version, request.Trigger, language);
            await archive.SaveAsync(files[language], CaseReportRenderer.Render(input, Texts.Instance.For(language)), cancellationToken);
        }

        var trigger = CaseRows.Code(request.Trigger);
        foreach (var recipient in recipients)
        {
            var l = Texts.Instance.For(recipient.Language);
            await outbox.EnqueueAsync(
                new MailRequest
                {
                    MailId = MailOutbox.MailId(request.CaseNumber, "report", trigger, "v" + request.Version, recipient.StaffId ?? recipient.Address),
                    Template = interim ? ReportMailComposer.InvestigationTemplate : ReportMailComposer.CaseTemplate,
                    Recipient = recipient,
                    CaseNumber = request.CaseNumber,
                    CustomerId = stored.Case.Customer.CustomerId,
                    Values = new Dictionary<string, string>
                    {
                        [ReportMailComposer.ReportValue] = files[l.Language],
                        [ReportMailComposer.FileNameValue] = l.Format(interim ? "report.case.interimFileName" : "report.case.fileName", request.CaseNumber),
                        [ReportMailComposer.TriggerValue] = trigger,
                    },
                },
                cancellationToken);
        }

        metrics.ReportProduced(interim ? "8d-interim" : "8d", files.Count);
        logger.LogInformation("Produced the 8D report of {CaseNumber} version {Version} in {Languages} for {Recipients} recipients", request.CaseNumber, request.Version, string.Join(", ", files.Keys), recipients.Count);
    }

    public async Task ProduceAsync(MonthlySummaryRequest request, CancellationToken cancellationToken)
    {
        var month = ReportMonth.Parse(request.Month);
        var recipients = await RecipientsAsync(cancellationToken);
        var summary = await summaries.BuildAsync(month, record: true, cancellationToken);
        var labels = await names.LoadAsync(cancellationToken);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages(recipients))
        {
            files[language] = ReportArchive.MonthlySummaryName(month, language);
            await archive.SaveAsync(files[language], MonthlySummaryRenderer.Render(summary, labels, Texts.Instance.For(language)), cancellationToken);
        }

        foreach (var recipient in recipients)
        {
            var l = Texts.Instance.For(recipient.Language);
            await outbox.EnqueueAsync(
                new MailRequest
                {
                    MailId = MailOutbox.MailId("report", "monthly", month.Key, recipient.StaffId ?? recipient.Address),
                    Template = ReportMailComposer.MonthlyTemplate,
                    Recipient = recipient,
                    Values = new Dictionary<string, string>
                    {
                        [ReportMailComposer.ReportValue] = files[l.Language],
                        [ReportMailComposer.FileNameValue] = l.Format("report.monthly.fileName", month),
                        [ReportMailComposer.MonthValue] = month.ToString(),
                    },
                },
                cancellationToken);
        }

        metrics.ReportProduced("monthly-summary", files.Count);
        logger.LogInformation("Produced the management summary of {Month} in {Languages} for {Recipients} recipients", month.ToString(), string.Join(", ", files.Keys), recipients.Count);
    }

    public async Task ProduceAsync(AnnualReportRequest request, CancellationToken cancellationToken)
    {
        if (await annualReports.LoadAsync(request.Year, cancellationToken) is not { } report)
        {
            logger.LogWarning("The annual satisfaction report of {Year} was requested, but that survey was never sent", request.Year);
            return;
        }

        var recipients = await RecipientsAsync(cancellationToken);
        var labels = await names.LoadAsync(cancellationToken);
        var year = request.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages(recipients))
        {
            files[language] = ReportArchive.AnnualReportName(request.Year, language);
            await archive.SaveAsync(files[language], Annual.AnnualReportRenderer.Render(report, labels, Texts.Instance.For(language)), cancellationToken);
        }

        foreach (var recipient in recipients)
        {
            var l = Texts.Instance.For(recipient.Language);
            await outbox.EnqueueAsync(
                new MailRequest
                {
                    MailId = MailOutbox.MailId("report", "annual", year, recipient.StaffId ?? recipient.Address),
                    Template = ReportMailComposer.AnnualTemplate,
                    Recipient = recipient,
                    Values = new Dictionary<string, string>
                    {
                        [ReportMailComposer.ReportValue] = files[l.Language],
                        [ReportMailComposer.FileNameValue] = l.Format("report.annual.fileName", year),
                        [ReportMailComposer.YearValue] = year,
                    },
                },
                cancellationToken);
        }

        metrics.ReportProduced("annual-satisfaction", files.Count);
        logger.LogInformation("Produced the annual satisfaction report of {Year} in {Languages} for {Recipients} recipients", request.Year, string.Join(", ", files.Keys), recipients.Count);
    }

    private async Task<List<MailRecipient>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var recipients = new List<MailRecipient>();
        foreach (var list in management)
        {
            recipients.AddRange(await list.RecipientsAsync(cancellationToken));
        }

        if (recipients.Count == 0)
        {
            logger.LogWarning("The management list is empty: the report is stored but mailed to nobody");
        }

        return [.. recipients.Select(r => r with { Language = Texts.Normalise(r.Language) }).DistinctBy(r => r.Address.ToLowerInvariant())];
    }

    /// <summary>The investigation report goes to the general manager (docs/procedure.md §5), not to the whole management list.</summary>
    private async Task<List<MailRecipient>> GeneralManagersAsync(CancellationToken cancellationToken)
    {
        var managers = await staff.WithRoleAsync(StaffRole.Gm, cancellationToken);
        if (managers.Count == 0)
        {
            logger.LogWarning("Nobody holds the general manager role: the investigation report is stored but mailed to nobody");
        }

        return [.. managers.Select(m => new MailRecipient(m.Email, m.Name, Texts.Normalise(m.Language), m.Id)).DistinctBy(r => r.Address.ToLowerInvariant())];
    }

    /// <summary>The languages to render; with nobody to mail, the report is still kept, in Chinese.</summary>
    private static IEnumerable<string> Languages(List<MailRecipient> recipients) =>
        recipients.Count == 0 ? [Texts.Chinese] : recipients.Select(r => r.Language).Distinct(StringComparer.Ordinal);
}
