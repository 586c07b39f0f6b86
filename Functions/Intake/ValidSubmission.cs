using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Intake;

/// <summary>A submission that passed every check, with typed values. <see cref="Email"/> is empty when staff registered a customer without one.</summary>
internal sealed record ValidSubmission(
    string? SubmissionId,
    CaseKind Kind,
    Channel Channel,
    string Name,
    string? Company,
    string Email,
    string? Phone,
    string Language,
    CaseSubject Subject,
    IReadOnlyList<ValidAttachment> Attachments,
    DateTimeOffset? ReceivedAt,
    string? FirstReceiverEmail)
{
    /// <summary>Staff registering for a customer already on file name them by id; their details come from the file.</summary>
    public string? CustomerId { get; init; }

    public StaffIntake? StaffIntake { get; init; }

    /// <summary>A mail to the company mailbox: the receipt answers it in its own thread.</summary>
    public ReplyThread? ReplyThread { get; init; }
}

/// <summary>The mail a receipt answers: its Message-ID and the thread's ids (without angle brackets), and its subject.</summary>
internal sealed record ReplyThread(string MessageId, IReadOnlyList<string> References, string Subject);

internal sealed record ValidAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>One refusal: the field and a stable code; pages and the API turn it into words.</summary>
internal sealed record IntakeError(string Field, string Code, object? Limit = null);

/// <summary>The dates a date field accepts, both ends included; shown to the customer when a date falls outside.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Which door a submission came through; the queue also carries how staff received it.</summary>
internal enum IntakePath
{
    Form,
    Api,
    Queue,

    /// <summary>Staff registering in the console: any staff channel, e-mail optional, no consent box.</summary>
    Staff,
}
