using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace Serverless.Feedback.Mail;

/// <summary>
/// Reads an e-mail address someone typed, with MimeKit's address parser in its strict RFC 5322 mode
/// (and a domain required), for every form and setting that takes one.
/// </summary>
internal static class MailboxSyntax
{
    private static readonly ParserOptions Strict = CreateOptions();

    /// <summary>One mailbox: <c>name@example.com</c>, or with a display name as in <c>Zhang Wei &lt;zhang@example.com&gt;</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        return !string.IsNullOrWhiteSpace(text) && MailboxAddress.TryParse(Strict, text, out mailbox);
    }

    /// <summary>
    /// True for an address alone, exactly as given: no display name, comment, angle brackets or
    /// surrounding space. An internationalised domain counts in the form it was typed (Unicode or xn--).
    /// </summary>
    public static bool IsBareAddress(string? text) =>
        TryParse(text, out var mailbox)
        && string.IsNullOrEmpty(mailbox.Name)
        && (mailbox.Address == text || mailbox.GetAddress(idnEncode: true) == text);

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Strict;
        options.AllowAddressesWithoutDomain = false;
        return options;
    }
}
