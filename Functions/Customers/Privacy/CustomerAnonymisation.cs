using Azure;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// Anonymises a customer on their request (docs/procedure.md §13). The first call marks the customer, which stops every mail
/// and survey to them and lets their e-mail address go; then their cases are anonymised, at most
/// <see cref="MaxCasesPerRequest"/> per call (a caller with more gets "in progress" and calls again); last the
/// follow-up records and the customer file itself. Each step can be repeated, so an interrupted run is finished by
/// the next call. Counts, classifications, clocks, causes and scores are left as they are: statistics do not change.
/// </summary>
internal sealed class CustomerAnonymisation(
    CustomerStore customers,
    CaseLists lists,
    CaseAnonymiser cases,
    IEnumerable<ICustomerDataHolder> holders,
    TimeProvider clock,
    ILogger<CustomerAnonymisation> logger)
{
    public const string Kind = "anonymise";

    /// <summary>Keeps one request well inside an HTTP timeout: each case is a few storage round trips.</summary>
    public const int MaxCasesPerRequest = 25;

    public async Task<AnonymisationOutcome> RunAsync(string id, ETag ifMatch, string reason, Actor actor, CancellationToken cancellationToken)
    {
        if (await customers.GetAsync(id, cancellationToken) is not { } found)
        {
            return new AnonymisationOutcome.NoSuchCustomer();
        }

        var (customer, etag) = found;
        if (customer.AnonymisedAt is not null)
        {
            return new AnonymisationOutcome.Anonymised(customer, 0, etag, AlreadyDone: true);
        }

        if (ifMatch != etag)
        {
            return new AnonymisationOutcome.Stale();
        }

        var now = clock.GetUtcNow();
        if (customer.AnonymisingSince is null)
        {
            customer = customer with { AnonymisingSince = now, PrivacyRequests = [.. customer.PrivacyRequests, new PrivacyRequest(Kind, now, actor.Id, actor.Name)] };
            try
            {
                etag = await customers.SaveAsync(customer, etag, cancellationToken);
            }
            catch (Storage.ConcurrencyConflictException)
            {
                return new AnonymisationOutcome.Stale();
            }

            await customers.ForgetEmailAsync(customer, cancellationToken);
            logger.LogInformation("{Actor} started anonymising customer {CustomerId}", actor.Id, id);
        }

        var pending = (await CustomerCases.ListAsync(lists, id, cancellationToken)).Where(c => c.CustomerName != PersonalValues.Placeholder).Select(c => c.Number).ToList();
        var batch = pending.Take(MaxCasesPerRequest).ToList();
        var done = 0;
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (number, token) =>
        {
            if (await cases.AnonymiseAsync(number, customer, actor, reason, token))
            {
                Interlocked.Increment(ref done);
            }
        });

        if (pending.Count > batch.Count)
        {
            return new AnonymisationOutcome.Unfinished(customer, done, pending.Count - batch.Count, etag);
        }

        var values = PersonalValues.Of([customer.Name, customer.Company, customer.Email, customer.Phone]);
        foreach (var holder in holders)
        {
            await holder.AnonymiseAsync(customer, values, cancellationToken);
        }

        var anonymised = customer with { Name = PersonalValues.Placeholder, Company = null, Email = "", Phone = null, AnonymisedAt = clock.GetUtcNow() };
        try
        {
            etag = await customers.SaveAsync(anonymised, etag, cancellationToken);
        }
        catch (Storage.ConcurrencyConflictException)
        {
            // Someone recorded something on the file meanwhile; the cases are done, and the next call finishes the file.
            return new AnonymisationOutcome.Stale();
        }

        logger.LogInformation("{Actor} anonymised customer {CustomerId} ({Cases} cases in this call)", actor.Id, id, done);
        return new AnonymisationOutcome.Anonymised(anonymised, done, etag, AlreadyDone: false);
    }
}

/// <summary>How an anonymisation call ended.</summary>
internal abstract record AnonymisationOutcome
{
    private AnonymisationOutcome()
    {
    }

    public sealed record NoSuchCustomer : AnonymisationOutcome;

    /// <summary>If-Match named another version of the customer.</summary>
    public sealed record Stale : AnonymisationOutcome;

    public sealed record Anonymised(Customer Customer, int CasesAnonymised, ETag ETag, bool AlreadyDone) : AnonymisationOutcome;

    /// <summary>More cases are left than one call handles: call again with <see cref="ETag"/>.</summary>
    public sealed record Unfinished(Customer Customer, int CasesAnonymised, int CasesLeft, ETag ETag) : AnonymisationOutcome;
}
