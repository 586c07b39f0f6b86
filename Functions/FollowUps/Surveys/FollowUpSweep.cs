using Azure;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>
/// The semi-annual contact (每半年走访或信函联系一次) by letter: every customer not contacted for the interval
/// gets a short survey by e-mail, in their language. Reads only the due rows of the follow-up index; sending
/// counts as the contact, so the customer's row moves on and a second run finds nothing.
/// </summary>
internal sealed class FollowUpSweep(
    ITableServiceClient tables,
    StorageNames names,
    CustomerStore customers,
    StaffDirectory staff,
    SurveyStore surveys,
    FollowUpRecords records,
    MailOutbox outbox,
    SettingsStore settings,
    CompanyTime time,
    ILogger<FollowUpSweep> logger)
{
    private static readonly FollowUpScheduleRows Rows = new();

    private ITableClient Schedule => tables.GetTableClient(names.Table(ScheduleRows.TableName));

    /// <summary>Mails the customers whose follow-up is due; answers how many were mailed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync<FollowUpSettings>(cancellationToken);
        var now = time.Now;
        var before = FollowUpClock.ContactedBefore(now, options.ContactIntervalMonths, await time.ZoneAsync(cancellationToken));
        var due = new List<TableEntity>();
        await foreach (var row in Schedule.QueryAsync(ScheduleRows.Due(FollowUpScheduleRows.MailKind, before), cancellationToken: cancellationToken))
        {
            due.Add(row);
        }

        if (due.Count == 0)
        {
            return 0;
        }

        // Staff who became "customers" of an internal case (a corrective action the survey opened) are not surveyed.
        var staffAddresses = (await staff.ListAsync(cancellationToken)).Select(m => CustomerStore.NormaliseEmail(m.Email)).ToHashSet();
        var mailed = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (row, token) =>
        {
            try
            {
                if (await FollowUpAsync(row, now, options, staffAddresses, token))
                {
                    Interlocked.Increment(ref mailed);
                }
            }
            catch (RequestFailedException e)
            {
                // The row stays due: the next run tries again.
                logger.LogWarning(e, "Follow-up of customer {CustomerId} failed; the next run tries again", ScheduleRows.Subject(row));
            }
        });

        logger.LogInformation("Follow-up survey: {Due} customers due, {Mailed} mailed", due.Count, mailed);
        return mailed;
    }

    private async Task<bool> FollowUpAsync(TableEntity row, DateTimeOffset now, FollowUpSettings options, IReadOnlySet<string> staffAddresses, CancellationToken cancellationToken)
    {
        var id = ScheduleRows.Subject(row);
        var found = await customers.GetAsync(id, cancellationToken);
        var current = found is { } f ? Rows.For(f.Customer).FirstOrDefault()?.Key : null;
        if (current != new DerivedRowKey(ScheduleRows.TableName, row.PartitionKey, row.RowKey) || staffAddresses.Contains(CustomerStore.NormaliseEmail(found!.Value.Customer.Email)))
        {
            // Left behind by a customer who was contacted since (or is gone, or is staff): the row that counts is elsewhere.
            await Schedule.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            return false;
        }

        var customer = found.Value.Customer;
        var invitation = SurveyInvitation.Create(SurveyKind.FollowUp, customer.Id, customer.Name, customer.Language, now, now.AddDays(options.FollowUpLinkDays))
            with { HadCase = await HadCaseAsync(customer.Id, cancellationToken) };
        await surveys.SaveAsync(invitation, cancellationToken);

        // The mail id names the contact it follows up, so a run repeated before the contact is recorded sends nothing twice.
        var lastContact = FollowUpScheduleRows.LastContactOf(customer);
        await outbox.EnqueueAsync(
            new MailRequest
            {
                MailId = MailOutbox.MailId("followup", customer.Id, lastContact.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Template = SurveyMailComposer.FollowUpTemplate,
                Recipient = new MailRecipient(customer.Email, customer.Name, customer.Language, null),
                CustomerId = customer.Id,
                Values = new Dictionary<string, string> { [SurveyMailComposer.InvitationValue] = invitation.Hash },
            },
            cancellationToken);
        await records.AddAsync(customer.Id, new FollowUpEntry(now, FollowUpRecords.SurveySent, FollowUpSurveyFunction.Sender.Id, null), "sent|" + invitation.Hash[..12], cancellationToken);

        // 信函联系: the letter is the contact; the customer's due row moves on by the interval.
        await customers.RecordContactAsync(customer.Id, now, cancellationToken);
        return true;
    }

    private async Task<bool> HadCaseAsync(string customerId, CancellationToken cancellationToken)
    {
        var index = tables.GetTableClient(names.Table(CaseIndexRows.TableName));
        var page = await index.QueryPageAsync(TableFilter.Create($"PartitionKey eq {CaseIndexRows.OfCustomer(customerId)}"), 1, select: ["RowKey"], cancellationToken: cancellationToken);
        return page.Items.Count > 0;
    }
}
