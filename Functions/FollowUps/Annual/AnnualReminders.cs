using System.Globalization;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Notifications;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// Chases the annual survey's non-respondents (回收率争取达到50%以上, docs/procedure.md §14.7): the configured number of
/// days after it went out, every invited main customer who has not answered is mailed once more, with the same link,
/// while the survey is open. Each invite records the reminder in two steps, so an interrupted run neither loses it
/// nor sends or records it twice.
/// </summary>
internal sealed class AnnualReminders(AnnualRows annual, SurveyStore surveys, FollowUpRecords records, MailOutbox outbox, ILogger<AnnualReminders> logger)
{
    private static bool IsDue(AnnualRun run, FollowUpSettings options, DateTimeOffset now) =>
        run is { SentAt: { } sent, EvaluatedAt: null } && now >= sent.AddDays(options.AnnualSurveyReminderDays) && now < sent.AddDays(options.AnnualSurveyOpenDays);

    public async Task RemindAsync(AnnualRun run, FollowUpSettings options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsDue(run, options, now))
        {
            return;
        }

        var pending = (await annual.ReadAsync(run.Year, cancellationToken)).Invites.Where(i => i is { Mailed: true, ReminderMailed: false }).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        // A customer no longer a main customer (or anonymised) is not chased.
        var main = (await annual.MainCustomersAsync(cancellationToken)).ToDictionary(c => c.Id);
        var reminded = 0;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (invite, token) =>
        {
            if (main.TryGetValue(invite.CustomerId, out var customer) && await RemindAsync(run.Year, invite, customer, now, token))
            {
                Interlocked.Increment(ref reminded);
            }
        });

        logger.LogInformation("Annual survey {Year}: {Reminded} of {Pending} not yet reminded were reminded", run.Year, reminded, pending.Count);
    }

    private async Task<bool> RemindAsync(int year, AnnualInvite invite, (string Id, string Name, string Email, string Language) customer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await surveys.FindByHashAsync(invite.Hash, cancellationToken) is not { } found || found.Invitation.Answer is not null || now > found.Invitation.ExpiresAt)
        {
            return false;
        }

        var at = invite.RemindedAt ?? now;
        if (invite.RemindedAt is null)
        {
            await annual.SaveInviteAsync(year, invite with { RemindedAt = at }, cancellationToken);
        }

        var yearText = year.ToString(CultureInfo.InvariantCulture);
        await outbox.EnqueueAsync(
            new MailRequest
            {
                // The id makes the outbox send it once, whatever a repeated run queues.
                MailId = MailOutbox.MailId("annual-reminder", yearText, customer.Id),
                Template = SurveyMailComposer.AnnualReminderTemplate,
                Recipient = new MailRecipient(customer.Email, customer.Name, customer.Language, null),
                CustomerId = customer.Id,
                Values = new Dictionary<string, string> { [SurveyMailComposer.InvitationValue] = invite.Hash },
            },
            cancellationToken);
        await records.AddAsync(customer.Id, new FollowUpEntry(at, FollowUpRecords.SurveyReminded, AnnualSurveyFunction.Sender.Id, $"annual {yearText}"), "annual-reminder|" + yearText, cancellationToken);
        await annual.SaveInviteAsync(year, invite with { RemindedAt = at, ReminderMailed = true }, cancellationToken);
        return true;
    }
}
