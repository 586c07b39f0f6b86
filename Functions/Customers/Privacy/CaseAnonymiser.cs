using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// Removes a customer's personal data from one case: its history first, then the files they sent, then the case
/// itself with an <c>anonymise</c> event, through <see cref="CaseStore"/> like any change (ETag, pending-work note,
/// derived rows). The case is marked last, so a run that stops half-way is simply done again; a staff change in
/// between makes the case write fail on its ETag, and the case is read and scrubbed again.
/// </summary>
internal sealed class CaseAnonymiser(
    CaseStore cases,
    ITableServiceClient tables,
    IBlobServiceClient blobs,
    StorageNames names,
    TimeProvider clock,
    ILogger<CaseAnonymiser> logger)
{
    public const string Action = "anonymise";

    private const int Attempts = 3;

    private ITableClient Table => tables.GetTableClient(names.Table(CaseRows.TableName));

    /// <summary>True when this call anonymised the case; false when it was done before or is not this customer's.</summary>
    public async Task<bool> AnonymiseAsync(string number, Customer customer, Actor actor, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await cases.GetAsync(number, cancellationToken) is not { } stored || stored.Case.Customer.CustomerId != customer.Id || stored.Case.Anonymised is not null)
            {
                return false;
            }

            var values = ValuesOf(customer, stored.Case);
            await ScrubHistoryAsync(number, values, cancellationToken);
            await DeleteCustomerFilesAsync(stored.Case, cancellationToken);
            var after = Anonymise(stored.Case, values, clock.GetUtcNow(), actor);

            // The event says which fields were replaced and with what, never what they held.
            var changes = CaseDiff.Between(stored.Case, after).Select(d => d with { Before = null }).ToList();
            var change = CaseRows.Event(after, Action, actor, values.Scrub(reason), changes, []);
            try
            {
                await cases.SaveAsync(stored, after, change, cancellationToken);
                logger.LogInformation("{Actor} anonymised {CaseNumber} of customer {CustomerId}", actor.Id, number, customer.Id);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                logger.LogInformation("{CaseNumber} changed while it was being anonymised; scrubbing it again", number);
            }
        }
    }

    /// <summary>The case with the customer's details replaced, free text scrubbed, the tracking link gone and their files marked removed.</summary>
    public static CaseRecord Anonymise(CaseRecord current, PersonalValues values, DateTimeOffset now, Actor actor)
    {
        var scrubbed = values.Scrub(JsonSerializer.SerializeToNode(current with { TrackingToken = null }, CaseJson.Options)).Deserialize<CaseRecord>(CaseJson.Options)
            ?? throw new InvalidDataException($"Case {current.Number} did not survive scrubbing.");
        return scrubbed with
        {
            Customer = scrubbed.Customer with { Name = PersonalValues.Placeholder, Company = null, Email = "", Phone = null },
            TrackingToken = null,
            Attachments = [.. scrubbed.Attachments.Select(a => IsFromCustomer(a) ? a with { FileName = a.Id + Path.GetExtension(a.BlobName), RemovedAt = a.RemovedAt ?? now } : a)],
            Anonymised = new CaseAnonymisation(now, actor.Id),
            Version = current.Version + 1,
            UpdatedAt = now,
        };
    }

    /// <summary>Files sent with the submission (A1, A2, …); the evidence staff attach (S…) is the company's own record and stays.</summary>
    public static bool IsFromCustomer(AttachmentRef attachment) => attachment.Id.StartsWith('A');

    private static PersonalValues ValuesOf(Customer customer, CaseRecord c) => PersonalValues.Of(
    [
        customer.Name, customer.Company, customer.Email, customer.Phone,
        c.Customer.Name, c.Customer.Company, c.Customer.Email, c.Customer.Phone,
        .. c.Attachments.Where(IsFromCustomer).Select(a => a.FileName),
    ]);

    private async Task ScrubHistoryAsync(string number, PersonalValues values, CancellationToken cancellationToken)
    {
        var partition = CaseRows.PartitionOf(number);
        var updates = new List<TableTransactionAction>();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {partition} and RowKey ge {number + "|"} and RowKey lt {number + "}"}"), cancellationToken: cancellationToken))
        {
            var before = CaseRows.EventFromEntity(row);
            var json = JsonSerializer.Serialize(before, CaseJson.Options);
            var scrubbed = values.Scrub(JsonNode.Parse(json)).Deserialize<CaseEvent>(CaseJson.Options)
                ?? throw new InvalidDataException($"Event {row.RowKey} did not survive scrubbing.");
            if (JsonSerializer.Serialize(scrubbed, CaseJson.Options) != json)
            {
                updates.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, CaseRows.ToEntity(scrubbed), row.ETag));
            }
        }

        // The history is rewritten only here: removing personal data on request overrides "events are only appended".
        foreach (var chunk in updates.Chunk(50))
        {
            await Table.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }

    private async Task DeleteCustomerFilesAsync(CaseRecord c, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(names.Container(IntakeRegistrar.AttachmentContainer));
        foreach (var attachment in c.Attachments.Where(a => IsFromCustomer(a) && a.RemovedAt is null))
        {
            await container.DeleteIfExistsAsync(attachment.BlobName, cancellationToken);
        }
    }
}
