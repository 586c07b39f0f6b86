namespace Serverless.Feedback.Mail;

/// <summary>The mail breaks a rule of the model; retrying the same mail cannot succeed.</summary>
internal sealed class InvalidMailException(IReadOnlyList<string> problems)
    : Exception("The mail cannot be sent: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>The mail is bigger than the transport accepts; the caller may send a link to the file instead.</summary>
internal sealed class MailTooLargeException(long sizeBytes, long limitBytes)
    : Exception($"The mail is {sizeBytes} bytes as sent, over the limit of {limitBytes} bytes (Mail:Acs:MaxMessageBytes).")
{
    public long SizeBytes { get; } = sizeBytes;

    public long LimitBytes { get; } = limitBytes;
}

/// <summary>The transport did not take the mail (refused, failed, or did not answer in time).</summary>
internal sealed class MailSendException : Exception
{
    public MailSendException(string message, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The provider's error code when it gave one (for example ACS <c>EmailDropped</c> or an SMTP status).</summary>
    public string? ErrorCode { get; }
}
