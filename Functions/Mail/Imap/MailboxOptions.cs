using System.ComponentModel.DataAnnotations;

namespace Serverless.Feedback.Mail.Imap;

/// <summary>
/// The company mailbox read over IMAP (section <c>Mailbox</c>). Without a host the mailbox is not read at all;
/// with one, the user name and password are required (in Azure the password belongs in Key Vault, given as a reference).
/// </summary>
internal sealed class MailboxOptions : IValidatableObject
{
    public const string Section = "Mailbox";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 993;

    public MailboxSecurity Security { get; set; } = MailboxSecurity.Tls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    public string Folder { get; set; } = "INBOX";

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Mails taken in one run; the rest wait for the next, so one run never outlasts its timer.</summary>
    [Range(1, 1000)]
    public int MaxMailsPerRun { get; set; } = 50;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password)))
        {
            yield return new ValidationResult("Mailbox:UserName and Mailbox:Password are required when Mailbox:Host is set.", [nameof(UserName), nameof(Password)]);
        }
    }
}

/// <summary>How the connection is secured: TLS from the first byte (port 993), STARTTLS (port 143), or not at all (a test server on loopback).</summary>
internal enum MailboxSecurity
{
    Tls,
    StartTls,
    None,
}
