using Microsoft.Extensions.Options;
using MimeKit;
using Serverless.Feedback.Cases;

namespace Serverless.Feedback.Intake.Mailbox;

/// <summary>
/// Takes one mail from the company mailbox: a reply about an open case of the sender's goes on that case; anything
/// else is registered as a new case with channel e-mail through the one registration routine, its receipt answering the mail
/// in its own thread. The Message-ID is claimed like a submission id, so a mail read twice makes one case.
/// </summary>
internal sealed class MailboxIntake(
    IntakeValidator validator,
    IntakeRegistrar registrar,
    CaseMailReplies replies,
    CompanyTime time,
    IOptions<IntakeOptions> limits,
    ILogger<MailboxIntake> logger)
{
    /// <summary>The case the mail was registered as or added to.</summary>
    /// <exception cref="UnreadableMailException">The mail cannot become a case (no sender, no text, a refused file).</exception>
    public async Task<string> TakeAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = IncomingMail.Read(message, limits.Value.MaxDescriptionLength);
        var (valid, errors) = validator.Validate(mail.Request, IntakePath.Queue, await time.TodayAsync(cancellationToken), time.Now);
        if (valid is null)
        {
            throw new UnreadableMailException("The mail is not a submission: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Code}")));
        }

        if (await replies.AddAsync(mail, valid, cancellationToken) is { } answered)
        {
            return answered;
        }

        var registration = await registrar.RegisterAsync(valid with { ReplyThread = mail.Thread }, cancellationToken);
        logger.LogInformation("Mail {SubmissionId} is {CaseNumber}", mail.SubmissionId, registration.Stored.Case.Number);
        return registration.Stored.Case.Number;
    }
}
