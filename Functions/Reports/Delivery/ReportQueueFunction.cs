using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>
/// The reports queue: each message asks for one report to be produced and mailed. A failure (storage down, the
/// mail queue unreachable) fails the invocation, so the message is retried and finally kept in
/// <c>reports-poison</c>; a message that can never work is dropped with an error in the log.
/// </summary>
internal sealed class ReportQueueFunction(ReportProducer producer, ILogger<ReportQueueFunction> logger)
{
    public const string Name = "ReportQueue";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger("%ReportQueue%", Connection = "Storage")] QueueMessage message, CancellationToken cancellationToken)
    {
        ReportRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ReportRequest>(message.Body.ToString(), CaseJson.Options);
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Report request {MessageId} is not a report request; dropped", message.MessageId);
            return;
        }

        switch (request)
        {
            case CaseReportRequest report:
                await producer.ProduceAsync(report, cancellationToken);
                break;
            case MonthlySummaryRequest summary when ReportMonth.TryParse(summary.Month, out _):
                await producer.ProduceAsync(summary, cancellationToken);
                break;
            case AnnualReportRequest annual:
                await producer.ProduceAsync(annual, cancellationToken);
                break;
            default:
                logger.LogError("Report request {MessageId} names no report that can be produced; dropped", message.MessageId);
                break;
        }
    }
}
