using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// Everything stored about one customer, for them (right of access): the customer file, what they submitted in
/// each case and what they were told, their answers and ratings, a list of their files, and their follow-up record.
/// Staff notes, investigation, approvals and accountability are the company's internal assessment, often about
/// employees, and stay out (ADR 0011).
/// </summary>
internal sealed class CustomerExport(CaseLists lists, CaseStore cases, CustomerStore customers, IEnumerable<ICustomerDataHolder> holders, TimeProvider clock)
{
    public const string Kind = "export";

    public async Task<CustomerExportDocument> ExportAsync(Customer customer, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var exported = new List<ExportedCase>();
        foreach (var number in await CustomerCases.NumbersAsync(lists, customer.Id, cancellationToken))
        {
            if (await cases.GetAsync(number, cancellationToken) is { } stored && stored.Case.Customer.CustomerId == customer.Id)
            {
                exported.Add(ExportedCase.Of(stored.Case));
            }
        }

        var records = new Dictionary<string, object>();
        foreach (var holder in holders)
        {
            records[holder.Section] = await holder.ExportAsync(customer, cancellationToken);
        }

        // Recorded on the customer file, so who looked at the whole of someone's data stays on record.
        await customers.RecordPrivacyRequestAsync(customer.Id, new PrivacyRequest(Kind, now, actor.Id, actor.Name), cancellationToken);
        return new CustomerExportDocument(now, ExportedCustomer.Of(customer), [.. exported.OrderBy(c => c.ReceivedAt)], records);
    }
}

internal sealed record CustomerExportDocument(DateTimeOffset ExportedAt, ExportedCustomer Customer, IReadOnlyList<ExportedCase> Cases, IReadOnlyDictionary<string, object> Records);

internal sealed record ExportedCustomer(
    string Id, string Name, string? Company, string Email, string? Phone, string Language, CustomerTier Tier, bool MainCustomer, DateTimeOffset CreatedAt, DateTimeOffset? LastContactAt, DateTimeOffset? AnonymisedAt)
{
    public static ExportedCustomer Of(Customer c) => new(c.Id, c.Name, c.Company, c.Email, c.Phone, c.Language, c.Tier, c.MainCustomer, c.CreatedAt, c.LastContactAt, c.AnonymisedAt);
}

/// <summary>One case as its customer may see it: what they gave, what they were told, what they answered.</summary>
internal sealed record ExportedCase(
    string Number,
    CaseKind Kind,
    Channel Channel,
    CaseStage Stage,
    CaseOutcome? Outcome,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ClosedAt,
    CaseCustomer CustomerAsRecorded,
    CaseSubject Submitted,
    IReadOnlyList<ExportedAttachment> Attachments,
    IReadOnlyList<CustomerMessage> Messages,
    ExportedAssessment? Assessment,
    ExportedResolution? Resolution,
    DateOnly? AgreedDeadline,
    ExportedAnswer? Answer,
    string? FinalResult,
    Satisfaction? Rating)
{
    public static ExportedCase Of(CaseRecord c) => new(
        c.Number,
        c.Kind,
        c.Channel,
        c.Stage,
        c.Outcome,
        c.ReceivedAt,
        c.Closure?.ClosedAt,
        c.Customer,
        c.Subject,
        [.. c.Attachments.Select(a => new ExportedAttachment(a.Id, a.FileName, a.ContentType, a.Length, a.AddedAt, CaseAnonymiser.IsFromCustomer(a), a.RemovedAt))],
        c.Messages,
        c.Assessment is { } a ? new ExportedAssessment(a.Validity, a.NotValidReason, a.Explanation) : null,

        // A proposal is the customer's only once it was sent to them.
        c.Resolution is { } r && c.Messages.Any(m => m.Kind == "resolution-proposed")
            ? new ExportedResolution(r.Summary, [.. r.RemedialActions.Select(x => new ExportedRemedy(x.Kind, x.Description, x.Quantity, x.Amount, x.Status, x.DoneAt))])
            : null,
        c.AgreedDeadline?.Date,
        c.CustomerAnswer is { } answer ? new ExportedAnswer(answer.Decision, answer.Comment, answer.At, answer.Source) : null,
        c.Closure?.FinalResult,
        c.Satisfaction);
}

internal sealed record ExportedAttachment(string Id, string FileName, string ContentType, long Length, DateTimeOffset AddedAt, bool FromCustomer, DateTimeOffset? RemovedAt);

internal sealed record ExportedAssessment(Validity Validity, string? NotValidReason, string? Explanation);

internal sealed record ExportedResolution(string Summary, IReadOnlyList<ExportedRemedy> Remedies);

internal sealed record ExportedRemedy(RemedialKind Kind, string Description, decimal? Quantity, decimal? Amount, ActionStatus Status, DateTimeOffset? DoneAt);

internal sealed record ExportedAnswer(CustomerDecision Decision, string? Comment, DateTimeOffset At, AnswerSource Source);
