using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Mail.Imap;

namespace Serverless.Feedback.Intake.Mailbox;

/// <summary>
/// Reads the company mailbox (<c>MailboxSchedule</c>; off unless <c>Mailbox:Host</c> is set) and takes each unread
/// mail. A mail taken is marked read; one that cannot be taken is logged and left unread, so it is never lost and is
/// tried again next time. A mailbox that does not answer is logged and the run ends: the timer goes on.
/// </summary>
internal sealed class MailboxIntakeFunction(ImapMailbox mailbox, MailboxIntake intake, Microsoft.Extensions.Options.IOptions<MailboxOptions> options, ILogger<MailboxIntakeFunction> logger)
{
    public const string Name = "MailboxIntake";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%MailboxSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await ReadAsync(cancellationToken);

    /// <summary>The number of mails taken.</summary>
    public async Task<int> ReadAsync(CancellationToken cancellationToken)
    {
        if (!mailbox.IsConfigured)
        {
            return 0;
        }

        var taken = 0;
        try
        {
            await using var session = await mailbox.OpenAsync(cancellationToken);
            foreach (var id in (await session.UnreadAsync(cancellationToken)).Take(options.Value.MaxMailsPerRun))
            {
                var message = await session.ReadAsync(id, cancellationToken);
                string number;
                try
                {
                    number = await intake.TakeAsync(message, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Whatever went wrong (a mail we cannot read, storage away), the mail stays unread for the next run and for people.
                    logger.LogError(e, "Mail {Uid} ({MessageId}) from the mailbox was not taken; it stays unread there", id.Id, message.MessageId);
                    continue;
                }

                await session.MarkReadAsync(id, cancellationToken);
                taken++;
                logger.LogInformation("Mail {Uid} from the mailbox taken as {CaseNumber}", id.Id, number);
            }
        }
        catch (Exception e) when (e is MailboxUnavailableException || ImapMailbox.IsUnavailable(e, cancellationToken))
        {
            logger.LogWarning(e, "The mailbox could not be read; {Taken} mails taken this time, the rest wait for the next run", taken);
        }

        return taken;
    }
}
