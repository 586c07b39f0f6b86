using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Acs;

namespace Serverless.Feedback.Mail.Configuration;

/// <summary>
/// Checks the settings the chosen sender needs, and only those, and says exactly which key is missing or
/// wrong. The data annotations of the chosen sender's section are checked here too, because
/// ValidateDataAnnotations does not look into nested objects.
/// </summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Sender))
        {
            failures.Add("Mail:Sender must be Pickup, Smtp or Acs.");
            return ValidateOptionsResult.Fail(failures);
        }

        CheckFrom(options, failures);
        switch (options.Sender)
        {
            case MailSenderKind.Pickup:
                Annotations(options.Pickup, failures);
                break;
            case MailSenderKind.Smtp:
                Annotations(options.Smtp, failures);
                CheckSmtp(options.Smtp, failures);
                break;
            case MailSenderKind.Acs:
                Annotations(options.Acs, failures);
                CheckAcs(options.Acs, failures);
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckFrom(MailOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.FromAddress))
        {
            if (options.Sender != MailSenderKind.Pickup)
            {
                failures.Add($"Mail:FromAddress is required when Mail:Sender is {options.Sender}.");
            }
        }
        else if (!MailValidator.IsValidAddress(options.FromAddress))
        {
            failures.Add("Mail:FromAddress must be a plain address such as feedback@example.com.");
        }

        if (options.FromName is not null && !MailValidator.IsSafeHeaderText(options.FromName))
        {
            failures.Add("Mail:FromName contains a line break or another control character.");
        }
    }

    private static void CheckSmtp(SmtpMailOptions smtp, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(smtp.UserName) != string.IsNullOrEmpty(smtp.Password))
        {
            failures.Add("Mail:Smtp:UserName and Mail:Smtp:Password go together: set both or neither.");
        }
    }

    private static void CheckAcs(AcsMailOptions acs, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(acs.ConnectionString);
        var hasEndpoint = !string.IsNullOrWhiteSpace(acs.Endpoint);
        var hasKey = !string.IsNullOrWhiteSpace(acs.AccessKey);
        if (hasConnectionString)
        {
            if (hasEndpoint || hasKey || acs.UseManagedIdentity)
            {
                failures.Add("Mail:Acs:ConnectionString replaces Mail:Acs:Endpoint, Mail:Acs:AccessKey and Mail:Acs:UseManagedIdentity: set it alone.");
            }

            if (!AcsConnectionString.TryParse(acs.ConnectionString!, out _, out var error))
            {
                failures.Add($"Mail:Acs:ConnectionString {error}");
            }

            return;
        }

        if (!hasEndpoint)
        {
            failures.Add("Mail:Sender is Acs: set Mail:Acs:ConnectionString, or Mail:Acs:Endpoint with Mail:Acs:AccessKey or Mail:Acs:UseManagedIdentity.");
            return;
        }

        if (!AcsConnectionString.IsValidEndpoint(acs.Endpoint!))
        {
            failures.Add("Mail:Acs:Endpoint must be an absolute https URL such as https://name.communication.azure.com.");
        }

        if (hasKey == acs.UseManagedIdentity)
        {
            failures.Add(hasKey
                ? "Mail:Acs:AccessKey and Mail:Acs:UseManagedIdentity exclude each other: choose one."
                : "Mail:Acs:Endpoint needs Mail:Acs:AccessKey or Mail:Acs:UseManagedIdentity=true.");
        }

        if (hasKey && !AcsConnectionString.IsValidKey(acs.AccessKey!))
        {
            failures.Add("Mail:Acs:AccessKey must be the base64 key shown in the portal.");
        }

        if (!string.IsNullOrWhiteSpace(acs.ClientId) && (!acs.UseManagedIdentity || !Guid.TryParse(acs.ClientId, out _)))
        {
            failures.Add("Mail:Acs:ClientId must be a GUID and is used only with Mail:Acs:UseManagedIdentity=true.");
        }
    }

    private static void Annotations(object section, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => r.ErrorMessage ?? "Invalid mail setting."));
        }
    }
}
