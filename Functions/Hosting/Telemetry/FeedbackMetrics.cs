using System.Diagnostics.Metrics;

namespace Serverless.Feedback.Hosting.Telemetry;

/// <summary>
/// What the business does, counted: cases registered, mails sent and failed, deadline escalations, reports
/// produced. Tags carry codes only (kind, channel, template), never personal data.
/// </summary>
internal sealed class FeedbackMetrics
{
    public const string MeterName = "Serverless.Feedback";

    private readonly Counter<long> _casesRegistered;
    private readonly Counter<long> _mailsSent;
    private readonly Counter<long> _mailsFailed;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _reportsProduced;

    public FeedbackMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName, ThisAssembly.Version);
        _casesRegistered = meter.CreateCounter<long>("feedback.cases.registered", "{case}", "Cases registered, by kind and channel.");
        _mailsSent = meter.CreateCounter<long>("feedback.mails.sent", "{mail}", "Mails handed to the mail transport, by template.");
        _mailsFailed = meter.CreateCounter<long>("feedback.mails.failed", "{mail}", "Mail sends that failed (each retry counts), by template.");
        _escalations = meter.CreateCounter<long>("feedback.escalations", "{escalation}", "Deadline escalations: a deadline passed and the case went one level up.");
        _reportsProduced = meter.CreateCounter<long>("feedback.reports.produced", "{report}", "PDF reports produced, by report.");
    }

    public void CaseRegistered(string kind, string channel) =>
        _casesRegistered.Add(1, new("feedback.case.kind", kind), new("feedback.case.channel", channel));

    public void MailSent(string template) => _mailsSent.Add(1, new KeyValuePair<string, object?>("feedback.mail.template", template));

    public void MailFailed(string template) => _mailsFailed.Add(1, new KeyValuePair<string, object?>("feedback.mail.template", template));

    public void Escalated() => _escalations.Add(1);

    public void ReportProduced(string report, int files) => _reportsProduced.Add(files, new KeyValuePair<string, object?>("feedback.report", report));
}
