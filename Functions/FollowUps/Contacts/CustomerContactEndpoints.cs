using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps.Contacts;

/// <summary>
/// The follow-up record of a customer (<c>/api/staff/customers/{id}/contacts</c>): staff log a visit, call,
/// letter or e-mail, which resets the follow-up clock; and the list of tier-A customers due for a personal
/// visit (<c>/api/staff/follow-ups/visits</c>), with the key customers given a visit task after a poor survey answer
/// (<see cref="VisitTask"/>); logging a contact closes the customer's tasks.
/// </summary>
internal static class CustomerContactEndpoints
{
    /// <summary>How a contact was made (走访 = visit).</summary>
    public static readonly IReadOnlyList<string> Kinds = ["visit", "call", "letter", "email"];

    private const int NoteLength = 4000;

    /// <summary>A contact may be logged late, but not from the future (a few minutes of clock skew allowed) nor more than a year back.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public static RouteGroupBuilder MapCustomerContacts(this RouteGroupBuilder staff)
    {
        staff.MapGet("/customers/{id}/contacts", ListAsync);
        // The body is read by hand so malformed JSON gets a problem of its own; the document still describes it.
        staff.MapPost("/customers/{id}/contacts", LogAsync).Accepts<ContactInput>("application/json");
        staff.MapGet("/follow-ups/visits", VisitsAsync);
        return staff;
    }

    private static async Task<Results<Ok<CustomerFollowUps>, ProblemHttpResult>> ListAsync(
        string id, CustomerStore customers, FollowUpRecords records, SettingsStore settings, CompanyTime time, CancellationToken cancellationToken)
    {
        if (await customers.GetAsync(id, cancellationToken) is not { } found)
        {
            return NoSuchCustomer(id);
        }

        var due = await NextDueAsync(found.Customer, settings, time, cancellationToken);
        return TypedResults.Ok(new CustomerFollowUps(found.Customer.Id, found.Customer.Name, found.Customer.Tier, found.Customer.LastContactAt, due, await records.ListAsync(id, cancellationToken)));
    }

    private static async Task<Results<Created<CustomerFollowUps>, ProblemHttpResult>> LogAsync(
        string id, HttpContext http, CustomerStore customers, FollowUpRecords records, VisitTaskRows tasks, SettingsStore settings, CompanyTime time, CancellationToken cancellationToken)
    {
        var now = time.Now;
        var errors = new Dictionary<string, string[]>();
        var input = await JsonBody.ReadOrNullAsync<ContactInput>(http.Request, cancellationToken);
        if (input is null)
        {
            return Problem.Invalid("The contact is not valid: send {\"kind\": \"visit\", \"note\": \"…\"} (kind: visit, call, letter or email; at: optional, when it happened).");
        }

        if (input.Kind is null || !Kinds.Contains(input.Kind))
        {
            errors["kind"] = [$"Say how the contact was made: {string.Join(", ", Kinds)}."];
        }

        if (input.At is { } at && (at > now + Skew || at < now.AddDays(-366)))
        {
            errors["at"] = ["A contact is logged from the last year up to now, not from the future."];
        }

        var note = input.Note?.Trim();
        if (note is { Length: > NoteLength })
        {
            errors["note"] = [$"The note may have at most {NoteLength} characters."];
        }

        if (errors.Count > 0)
        {
            return Problem.Invalid("The contact is not valid: see errors for each field.", errors);
        }

        if (await customers.GetAsync(id, cancellationToken) is not { } found)
        {
            return NoSuchCustomer(id);
        }

        if (found.Customer.ErasureRequested)
        {
            return Problem.Conflict("The customer's details were anonymised: contacts are no longer recorded for this customer.");
        }

        var when = input.At ?? now;
        var entry = new FollowUpEntry(when, input.Kind!, StaffClaims.ToActor(http.User).Id, string.IsNullOrEmpty(note) ? null : note);
        await records.AddAsync(id, entry, "contact|" + Guid.NewGuid().ToString("N")[..12], cancellationToken);
        await tasks.CloseAsync(id, when, entry.By, cancellationToken);
        var customer = await customers.RecordContactAsync(id, when, cancellationToken) ?? found.Customer;
        var due = await NextDueAsync(customer, settings, time, cancellationToken);
        return TypedResults.Created($"/api/staff/customers/{id}/contacts", new CustomerFollowUps(customer.Id, customer.Name, customer.Tier, customer.LastContactAt, due, await records.ListAsync(id, cancellationToken)));
    }

    /// <summary>Tier-A customers whose follow-up is due: they are visited in person (走访) instead of mailed.</summary>
    private static async Task<Ok<IReadOnlyList<VisitDue>>> VisitsAsync(
        ITableServiceClient tables, StorageNames names, CustomerStore customers, VisitTaskRows tasks, VisitTaskViews taskViews, SettingsStore settings, CompanyTime time, CancellationToken cancellationToken)
    {
        var months = (await settings.GetAsync<FollowUpSettings>(cancellationToken)).ContactIntervalMonths;
        var zone = await time.ZoneAsync(cancellationToken);
        var schedule = tables.GetTableClient(names.Table(ScheduleRows.TableName));
        var rows = new FollowUpScheduleRows();
        var visits = new List<VisitDue>();
        await foreach (var row in schedule.QueryAsync(ScheduleRows.Due(FollowUpScheduleRows.VisitKind, FollowUpClock.ContactedBefore(time.Now, months, zone)), cancellationToken: cancellationToken))
        {
            // A row the customer has moved on from (contacted since, no longer tier A) is not theirs any more.
            if (await customers.GetAsync(ScheduleRows.Subject(row), cancellationToken) is { } found &&
                rows.For(found.Customer).Any(r => r.Entity.PartitionKey == row.PartitionKey && r.Entity.RowKey == row.RowKey))
            {
                var c = found.Customer;
                var last = FollowUpScheduleRows.LastContactOf(c);
                visits.Add(new VisitDue(c.Id, c.Name, c.Company, c.Phone, c.Language, last, FollowUpClock.DueAt(last, months, zone)));
            }
        }

        // A customer with a task is listed once, by the task's due date.
        var year = (await time.TodayAsync(cancellationToken)).Year;
        foreach (var task in (await tasks.OpenAsync(cancellationToken)).GroupBy(t => t.CustomerId).Select(g => g.MinBy(t => t.DueAt)!))
        {
            var view = await taskViews.ViewAsync(task, year, cancellationToken);
            if (visits.FindIndex(v => v.CustomerId == task.CustomerId) is var at and >= 0)
            {
                visits[at] = visits[at] with { DueSince = task.DueAt, Task = view };
            }
            else if (await customers.GetAsync(task.CustomerId, cancellationToken) is { Customer: { ErasureRequested: false } c })
            {
                visits.Add(new VisitDue(c.Id, c.Name, c.Company, c.Phone, c.Language, FollowUpScheduleRows.LastContactOf(c), task.DueAt, view));
            }
        }

        return TypedResults.Ok<IReadOnlyList<VisitDue>>([.. visits.OrderBy(v => v.DueSince)]);
    }

    private static async Task<DateTimeOffset?> NextDueAsync(Customer customer, SettingsStore settings, CompanyTime time, CancellationToken cancellationToken) =>
        customer.ErasureRequested
            ? null
            : FollowUpClock.DueAt(FollowUpScheduleRows.LastContactOf(customer), (await settings.GetAsync<FollowUpSettings>(cancellationToken)).ContactIntervalMonths, await time.ZoneAsync(cancellationToken));

    private static ProblemHttpResult NoSuchCustomer(string id) =>
        Problem.NotFound($"There is no customer {id}.");

    internal sealed record ContactInput(string? Kind, DateTimeOffset? At, string? Note);

    internal sealed record CustomerFollowUps(string CustomerId, string Name, CustomerTier Tier, DateTimeOffset? LastContactAt, DateTimeOffset? NextFollowUpDue, IReadOnlyList<FollowUpEntry> Record);

    /// <summary>A customer to visit: due since the interval passed, or by the due date of their visit task (then <see cref="Task"/> says why, and who goes).</summary>
    internal sealed record VisitDue(string CustomerId, string Name, string? Company, string? Phone, string Language, DateTimeOffset LastContactAt, DateTimeOffset DueSince, VisitTaskView? Task = null);
}
