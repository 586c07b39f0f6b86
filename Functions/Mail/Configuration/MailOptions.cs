using System.ComponentModel.DataAnnotations;

namespace Serverless.Feedback.Mail.Configuration;

internal enum MailSenderKind
{
    /// <summary>Writes .eml files to a folder; nothing leaves the machine.</summary>
    Pickup,

    /// <summary>Any SMTP server, including the ACS SMTP relay.</summary>
    Smtp,

    /// <summary>The Azure Communication Services Email REST API.</summary>
    Acs,
}

/// <summary>Configuration section <c>Mail</c>.</summary>
internal sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Used only by the pickup sender when no FromAddress is configured: such mail never leaves the machine.</summary>
    public const string LocalFromAddress = "feedback@localhost";

    public MailSenderKind Sender { get; set; } = MailSenderKind.Pickup;

    /// <summary>Required for SMTP and ACS (for ACS, an address of a verified domain).</summary>
    public string? FromAddress { get; set; }

    [MaxLength(200, ErrorMessage = "Mail:FromName is longer than 200 characters.")]
    public string? FromName { get; set; }

    public PickupMailOptions Pickup { get; set; } = new();

    public SmtpMailOptions Smtp { get; set; } = new();

    public AcsMailOptions Acs { get; set; } = new();

    public MailAddressee DefaultFrom => new(string.IsNullOrWhiteSpace(FromAddress) ? LocalFromAddress : FromAddress, string.IsNullOrWhiteSpace(FromName) ? null : FromName);
}

internal sealed class PickupMailOptions
{
    /// <summary>Relative paths are under the content root.</summary>
    [Required(ErrorMessage = "Mail:Pickup:Directory is required when Mail:Sender is Pickup.")]
    public string Directory { get; set; } = Path.Combine(".local", "outbox");
}

internal sealed class SmtpMailOptions
{
    [Required(ErrorMessage = "Mail:Smtp:Host is required when Mail:Sender is Smtp.")]
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Mail:Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 587;

    /// <summary>Require STARTTLS: a server that does not offer it gets no mail. False keeps the connection plain.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(1, 600, ErrorMessage = "Mail:Smtp:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 60;
}

internal sealed class AcsMailOptions
{
    /// <summary><c>endpoint=https://...;accesskey=...</c> as the portal shows it; or give Endpoint with AccessKey or UseManagedIdentity.</summary>
    public string? ConnectionString { get; set; }

    public string? Endpoint { get; set; }

    public string? AccessKey { get; set; }

    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    [Range(1, 3600, ErrorMessage = "Mail:Acs:PollTimeoutSeconds must be between 1 and 3600.")]
    public int PollTimeoutSeconds { get; set; } = 120;

    /// <summary>ACS refuses a send request over 10 MB, attachments (as base64) included.</summary>
    [Range(1024, 100L * 1024 * 1024, ErrorMessage = "Mail:Acs:MaxMessageBytes must be between 1024 and 104857600.")]
    public long MaxMessageBytes { get; set; } = 10L * 1024 * 1024;
}
