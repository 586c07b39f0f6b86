using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Hosting.Telemetry;
using Serverless.Feedback.Intake.Desk;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.Intake;

/// <summary>
/// The one registration routine behind the web form, the JSON API and the intake queue (docs/procedure.md §2–3):
/// customer found again by e-mail, attachments stored, the case numbered and stored with its first event,
/// the receipt and the department's new-case notice queued. Repeating a submission id returns the first case.
/// </summary>
internal sealed class IntakeRegistrar(
    CustomerStore customers,
    SubmissionClaims submissions,
    CaseStore cases,
    IBlobServiceClient blobs,
    StorageNames names,
    StaffDirectory staff,
    SettingsStore settings,
    CompanyTime companyTime,
    IEnumerable<IRegistrationHook> hooks,
    FeedbackMetrics metrics,
    ILogger<IntakeRegistrar> logger)
{
    public const string AttachmentContainer = "attachments";

    public async Task<Registration> RegisterAsync(ValidSubmission submission, CancellationToken cancellationToken)
    {
        var now = companyTime.Now;
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var firstReceiver = submission.FirstReceiverEmail is { } email
            ? await staff.FindAsync(null, email, cancellationToken) ?? throw new UnknownFirstReceiverException(email)
            : null;

        // Only the address is claimed now; the customer's file is written (or their last contact moved) once the
        // case has settled. The case keeps what they gave this time; their stored details are staff's to change.
        var (customerId, tierA) = await CustomerAsync(submission, cancellationToken);
        var receivedAt = submission.ReceivedAt ?? now;
        var month = CaseNumber.MonthOf(receivedAt, await companyTime.ZoneAsync(cancellationToken));

        // The id is claimed before anything is written for it: a stranger replaying someone's id is refused here, and a
        // retry (even months later, or across a month boundary) finds the case it made in the month it was numbered in.
        var seenBefore = false;
        if (submission.SubmissionId is { } submissionId)
        {
            var claim = await submissions.ClaimAsync(submissionId, customerId, month, cancellationToken);
            month = claim.Month;
            seenBefore = !claim.IsNew;
            if (seenBefore && await cases.FindSubmissionAsync(month, submissionId, cancellationToken) is { } earlier)
            {
                logger.LogInformation("Submission {SubmissionId} repeated; it is {CaseNumber}", submissionId, earlier.Case.Number);
                return new Registration(earlier, Created: false);
            }
        }

        var attachments = await StoreAttachmentsAsync(month, submission.Attachments, now, firstReceiver?.Id, cancellationToken);

        var token = TrackingRows.NewToken();
        var draft = new CaseRecord
        {
            Number = "FB-000000-0000",
            Kind = submission.Kind,
            Channel = submission.Channel,
            ReceivedAt = receivedAt,
            UpdatedAt = now,
            SubmissionId = submission.SubmissionId,
            TrackingToken = token,
            Customer = new CaseCustomer(customerId, submission.Name, submission.Company, submission.Email.Trim(), submission.Phone, submission.Language)
            {
                TierA = tierA,
            },
            Subject = submission.Subject,
            Attachments = attachments,
            Intake = submission.StaffIntake,
            Messages = [new CustomerMessage(now, "receipt", submission.Subject.Description.Length > 200 ? submission.Subject.Description[..200] + "…" : submission.Subject.Description)],

            // New cases wait with the complaint desk (受理部门) until triage routes them.
            Assignment = new CaseAssignment { Department = organisation.ComplaintDesk, FirstReceiverId = firstReceiver?.Id },
        };

        foreach (var hook in hooks)
        {
            draft = await hook.ApplyAsync(draft, cancellationToken);
        }

        var registration = await cases.RegisterAsync(
            month,
            submission.SubmissionId,
            seenBefore,
            number => draft with { Number = number },
            created => FirstEvent(created, firstReceiver, organisation, submission.ReplyThread),
            cancellationToken);

        if (registration.Created)
        {
            logger.LogInformation("Registered {CaseNumber} ({Kind}) from {Channel}", registration.Stored.Case.Number, submission.Kind, submission.Channel);
            metrics.CaseRegistered(CaseRows.Code(submission.Kind), CaseRows.Code(submission.Channel));
        }
        else
        {
            logger.LogInformation("Submission {SubmissionId} repeated; it is {CaseNumber}", submission.SubmissionId, registration.Stored.Case.Number);
        }

        return registration;
    }

    /// <summary>A customer who says it is about product quality: the quality department hears of it on registration (docs/procedure.md §14.5).</summary>
    private static IEnumerable<CaseEffect> QualityNotice(CaseRecord created, OrganisationSettings organisation)
    {
        var quality = organisation.RouteFor(Category.ProductQuality);
        if (created.Subject.Topic == Category.ProductQuality && quality != (created.Assignment.Department ?? organisation.ComplaintDesk))
        {
            yield return Effects.ToDepartment("quality-case", quality);
        }
    }

    private static CaseEvent FirstEvent(CaseRecord created, StaffMember? firstReceiver, OrganisationSettings organisation, ReplyThread? thread)
    {
        var actor = firstReceiver is null ? Actor.Customer(created.Customer) : Actor.ForStaff(firstReceiver);
        var receipt = Effects.ToCustomer("receipt");
        IReadOnlyList<CaseEffect> effects =
        [
            thread is null ? receipt : receipt with { Values = MailThread.Values(thread.MessageId, [.. thread.References, thread.MessageId], thread.Subject) },
            Effects.ToDepartment("new-case", created.Assignment.Department ?? organisation.ComplaintDesk),
            .. QualityNotice(created, organisation),

            // Outside working hours the person on duty is told at once (docs/procedure.md §14.3); of a safety hazard, as one.
            .. (created.Assignment.OnDutyId is { } onDuty && !created.Subject.SafetyHazard ? [Effects.ToStaff("new-case", onDuty)] : Array.Empty<CaseEffect>()),
            .. SafetyHazards.RegistrationEffects(created),
            .. DeskIntake.RegistrationEffects(created),
        ];
        return CaseRows.Event(created, "register", actor, null, CaseDiff.Between(null, created), effects);
    }

    /// <summary>
    /// The customer the case belongs to: the one staff picked from the file, else whoever the e-mail address
    /// belongs to, else (staff registering a caller without an address) a new customer. The new customer's id is
    /// derived from the submission id, so a retried registration claims its submission for the same customer and
    /// finds the case it made instead of being refused as someone else's. With it, whether the customer on file is tier A
    /// (docs/procedure.md §10.3), read from what the claim already read where it can be.
    /// </summary>
    private async Task<(string Id, bool TierA)> CustomerAsync(ValidSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.CustomerId is { } picked)
        {
            return (picked, (await customers.GetAsync(picked, cancellationToken))?.Customer.Tier == CustomerTier.A);
        }

        if (submission.Email.Length > 0)
        {
            var claim = await customers.ClaimEmailAsync(submission.Email, cancellationToken);
            return (claim.Id, claim.Existing?.Tier == CustomerTier.A);
        }

        return (submission.SubmissionId is { } submissionId
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("customer:" + submissionId)))[..32]
            : Guid.NewGuid().ToString("N"), false);
    }

    /// <summary>
    /// Stores the files under a random prefix of their own: nobody can guess a blob name from what they know of a
    /// submission, and no two registrations share a file, so anonymising one customer never touches another's.
    /// </summary>
    private async Task<List<AttachmentRef>> StoreAttachmentsAsync(
        string month, IReadOnlyList<ValidAttachment> files, DateTimeOffset now, string? addedBy, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var container = blobs.GetBlobContainerClient(names.Container(AttachmentContainer));
        var prefix = $"{month}/{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))}";
        var stored = new List<AttachmentRef>();
        for (var i = 0; i < files.Count; i++)
        {
            var id = "A" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var blobName = $"{prefix}/{id}{FileSniffer.Extension(files[i].ContentType)}";
            await container.UploadAsync(blobName, BinaryData.FromBytes(files[i].Content), files[i].ContentType, overwrite: false, cancellationToken: cancellationToken);
            stored.Add(new AttachmentRef(id, files[i].FileName, files[i].ContentType, files[i].Content.Length, blobName, now, addedBy));
        }

        return stored;
    }
}

/// <summary>Completes a new case before it is stored (e.g. starts its deadline clocks).</summary>
internal interface IRegistrationHook
{
    Task<CaseRecord> ApplyAsync(CaseRecord created, CancellationToken cancellationToken);
}

/// <summary>A submission id already names another customer's case.</summary>
internal sealed class SubmissionIdTakenException(string submissionId) : Exception($"The submission id '{submissionId}' was already used for another submission.");

/// <summary>A queued submission names a first receiver who is not in the staff directory.</summary>
internal sealed class UnknownFirstReceiverException(string email) : Exception($"{email} is not in the staff directory.");
