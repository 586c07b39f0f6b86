using System.Text.RegularExpressions;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;

namespace Serverless.Feedback.Intake.Mailbox;

/// <summary>
/// A customer answering mail about their case: the mail names the case (In-Reply-To or References naming a message
/// we sent for it, or the case number in the subject) and comes from the case's own customer, so its text and files
/// go on that case's history rather than opening another. A case that has ended, or another customer's, gets a new case.
/// </summary>
internal sealed partial class CaseMailReplies(
    CaseStore cases,
    CaseService service,
    MailboxReplyClaims claims,
    IBlobServiceClient blobs,
    StorageNames names,
    TimeProvider clock,
    ILogger<CaseMailReplies> logger)
{
    /// <summary>The case the mail was added to, or null when it answers none of the sender's open cases.</summary>
    public async Task<string?> AddAsync(IncomingMail mail, ValidSubmission valid, CancellationToken cancellationToken)
    {
        foreach (var number in CaseNumbers(mail))
        {
            if (await cases.GetAsync(number, cancellationToken) is not { } stored
                || stored.Case.Anonymised is not null
                || !string.Equals(stored.Case.Customer.Email, valid.Email, StringComparison.OrdinalIgnoreCase)
                || !CaseWorkflow.IsAllowed(stored.Case.Kind, stored.Case.Stage, CaseAction.CustomerWrote))
            {
                continue;
            }

            if (!await claims.TakeAsync(mail.SubmissionId, number, cancellationToken))
            {
                logger.LogInformation("Mail {SubmissionId} is already on {CaseNumber}", mail.SubmissionId, number);
                return number;
            }

            var attachments = await StoreAsync(number, valid.Attachments, cancellationToken);
            var text = valid.Subject.Description;
            await service.ExecuteAsync(number, new CustomerMailCommand(attachments, text), Actor.Customer(stored.Case.Customer), null, cancellationToken);
            await claims.DoneAsync(mail.SubmissionId, cancellationToken);
            logger.LogInformation("Mail {SubmissionId} added to {CaseNumber} with {Files} files", mail.SubmissionId, number, attachments.Count);
            return number;
        }

        return null;
    }

    private static IEnumerable<string> CaseNumbers(IncomingMail mail) =>
        mail.Answers.Append(mail.Thread.Subject)
            .SelectMany(text => NumberPattern().Matches(text).Select(m => m.Value))
            .Where(n => CaseNumber.TryParse(n, out _, out _))
            .Distinct(StringComparer.Ordinal);

    private async Task<List<AttachmentRef>> StoreAsync(string number, IReadOnlyList<ValidAttachment> files, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(names.Container(IntakeRegistrar.AttachmentContainer));
        var stored = new List<AttachmentRef>();
        foreach (var file in files)
        {
            var id = "M" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
            var blobName = $"{number}/{id}{FileSniffer.Extension(file.ContentType)}";
            await container.UploadAsync(blobName, BinaryData.FromBytes(file.Content), file.ContentType, overwrite: false, cancellationToken: cancellationToken);
            stored.Add(new AttachmentRef(id, file.FileName, file.ContentType, file.Content.Length, blobName, clock.GetUtcNow(), null));
        }

        return stored;
    }

    [GeneratedRegex(@"FB-\d{6}-\d{4,6}", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
