using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>Puts report requests on the reports queue: case reports from the workflow's report effects, monthly summaries from the timer.</summary>
internal sealed class ReportRequester(IQueueServiceClient queues, StorageNames names, ILogger<ReportRequester> logger) : IReportRequester
{
    public async Task RequestCaseReportAsync(CaseRecord current, CaseReportTrigger trigger, int version, CancellationToken cancellationToken)
    {
        await SendAsync(new CaseReportRequest(current.Number, trigger, version), cancellationToken);
        logger.LogInformation("Requested the 8D report of {CaseNumber} version {Version} ({Trigger})", current.Number, version, trigger);
    }

    public async Task RequestMonthlySummaryAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        await SendAsync(new MonthlySummaryRequest(month.ToString()), cancellationToken);
        logger.LogInformation("Requested the management summary of {Month}", month.ToString());
    }

    public async Task RequestAnnualReportAsync(int year, CancellationToken cancellationToken)
    {
        await SendAsync(new AnnualReportRequest(year), cancellationToken);
        logger.LogInformation("Requested the annual satisfaction report of {Year}", year);
    }

    private async Task SendAsync(ReportRequest request, CancellationToken cancellationToken) =>
        await queues.GetQueueClient(names.Queue(QueueSettingNames.Reports))
            .SendMessageAsync(JsonSerializer.Serialize(request, CaseJson.Options), cancellationToken: cancellationToken);
}
