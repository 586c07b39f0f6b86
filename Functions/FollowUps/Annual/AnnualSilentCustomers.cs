using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Surveys;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>A main customer who has not answered the annual survey though reminded: someone to call.</summary>
internal sealed record SilentCustomer(string CustomerId, string Name, string? Company, string? Phone, string Language, DateTimeOffset InvitedAt, DateTimeOffset RemindedAt);

/// <summary>Those still silent after the reminder, and whether the survey still takes answers (until it closes).</summary>
internal sealed record SilentList(int Year, bool Open, DateTimeOffset ClosesAt, IReadOnlyList<SilentCustomer> Customers);

/// <summary>
/// The list for a phone call (docs/procedure.md §14.7): every invited main customer reminded of the annual survey who
/// has still not answered, with how to reach them. Reads the year's partition and one invitation and one customer
/// per reminded invite, so it is proportional to the number of main customers.
/// </summary>
internal sealed class AnnualSilentCustomers(AnnualRows annual, SurveyStore surveys, CustomerStore customers)
{
    public async Task<SilentList?> ListAsync(int year, FollowUpSettings options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var data = await annual.ReadAsync(year, cancellationToken);
        if (data.Run is not { SentAt: { } sent } run)
        {
            return null;
        }

        var silent = new List<SilentCustomer>();
        foreach (var invite in data.Invites.Where(i => i is { ReminderMailed: true, RemindedAt: not null }))
        {
            if (await surveys.FindByHashAsync(invite.Hash, cancellationToken) is not { Invitation: var invitation } || invitation.Answer is not null)
            {
                continue;
            }

            if (await customers.GetAsync(invite.CustomerId, cancellationToken) is { Customer: { ErasureRequested: false } customer })
            {
                silent.Add(new SilentCustomer(customer.Id, customer.Name, customer.Company, customer.Phone, customer.Language, invitation.SentAt, invite.RemindedAt!.Value));
            }
        }

        // When the run evaluates it (AnnualSurveyRun), not when a link was set to expire.
        var closesAt = sent.AddDays(options.AnnualSurveyOpenDays);
        return new SilentList(year, run.EvaluatedAt is null && now < closesAt, closesAt, [.. silent.OrderBy(c => c.Name, StringComparer.CurrentCulture)]);
    }
}
