using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Intake;

/// <summary>
/// Queue-triggered intake for submissions other channels drop on the <c>intake</c> queue (staff registering a
/// phone call or letter, integrations). A message that is not a valid submission fails, so after the host's
/// retries it lands in <c>intake-poison</c> for someone to look at; a retried message registers one case.
/// </summary>
internal sealed class IntakeQueueFunction(IntakeValidator validator, IntakeRegistrar registrar, CompanyTime time, ILogger<IntakeQueueFunction> logger)
{
    public const string Name = "IntakeQueue";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger("%IntakeQueue%", Connection = "Storage")] QueueMessage message, CancellationToken cancellationToken)
    {
        IntakeRequest request;
        try
        {
            request = JsonSerializer.Deserialize<IntakeRequest>(message.Body.ToString(), CaseJson.Options)
                ?? throw new InvalidIntakeMessageException("The message is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidIntakeMessageException($"The message is not a submission: {e.Message}");
        }

        // Without a submission id the queue message id keeps a retried message to one case.
        if (request.SubmissionId is null && message.MessageId is { } id)
        {
            request = request with { SubmissionId = "queue-" + id };
        }

        var (valid, errors) = validator.Validate(request, IntakePath.Queue, await time.TodayAsync(cancellationToken), time.Now);
        if (valid is null)
        {
            var reasons = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Code}"));
            logger.LogWarning("Intake message {MessageId} refused: {Reasons}", message.MessageId, reasons);
            throw new InvalidIntakeMessageException("The submission is not valid: " + reasons);
        }

        var registration = await registrar.RegisterAsync(valid, cancellationToken);
        logger.LogInformation("Intake message {MessageId} is {CaseNumber}", message.MessageId, registration.Stored.Case.Number);
    }
}

internal sealed class InvalidIntakeMessageException(string message) : Exception(message);
