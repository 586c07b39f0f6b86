using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Mail;

/// <summary>
/// The rules every sender applies before anything leaves the process. Text that ends up in a header
/// (subject, display names, file names) may not contain line breaks or other control characters:
/// such a value is refused rather than silently changed, because the caller built it and should know.
/// </summary>
internal static partial class MailValidator
{
    public const int MaxMailIdLength = 100;
    public const int MaxSubjectLength = 500;
    public const int MaxDisplayNameLength = 200;
    public const int MaxFileNameLength = 255;

    /// <summary>Throws <see cref="InvalidMailException"/> listing every problem; returns the From that applies.</summary>
    public static MailAddressee Validate(OutgoingMail mail, MailAddressee defaultFrom)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var problems = new List<string>();
        var from = mail.From ?? defaultFrom;

        if (mail.MailId is null || !MailIdPattern().IsMatch(mail.MailId))
        {
            problems.Add($"MailId must be 1 to {MaxMailIdLength} letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }

        CheckAddressee(from, "From", problems);
        if (mail.To is null || mail.To.Count == 0)
        {
            problems.Add("To needs at least one addressee.");
        }

        for (var i = 0; i < (mail.To?.Count ?? 0); i++)
        {
            CheckAddressee(mail.To![i], $"To[{i}]", problems);
        }

        for (var i = 0; i < (mail.Cc?.Count ?? 0); i++)
        {
            CheckAddressee(mail.Cc![i], $"Cc[{i}]", problems);
        }

        if (mail.ReplyTo is not null)
        {
            CheckAddressee(mail.ReplyTo, "ReplyTo", problems);
        }

        CheckHeaderText(mail.Subject, "Subject", MaxSubjectLength, allowEmpty: false, problems);
        if (mail.TextBody is null)
        {
            problems.Add("TextBody is required (an HTML body alone is not enough).");
        }

        if (mail.Language is not null && !LanguagePattern().IsMatch(mail.Language))
        {
            problems.Add("Language must be a BCP 47 tag such as 'en' or 'zh-Hans'.");
        }

        // A thread's ids come from mail we received: only well-formed ones may become headers.
        foreach (var id in new[] { mail.InReplyTo }.Concat(mail.References ?? []).OfType<string>())
        {
            if (!MessageIdPattern().IsMatch(id))
            {
                problems.Add($"'{Printable(id)}' is not a Message-ID.");
            }
        }

        for (var i = 0; i < (mail.Attachments?.Count ?? 0); i++)
        {
            CheckAttachment(mail.Attachments![i], $"Attachments[{i}]", problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidMailException(problems);
        }

        return from;
    }

    /// <summary>
    /// A plain <c>local@domain</c>: dot-atom local part and a host name, ASCII only. Forms that an address
    /// parser would also accept (display names, quoted local parts, comments, address literals) are
    /// refused so that an address can never carry header syntax.
    /// </summary>
    public static bool IsValidAddress(string? address) =>
        address is { Length: > 0 and <= 254 }
        && AddressPattern().IsMatch(address)
        && MailboxSyntax.IsBareAddress(address);

    /// <summary>
    /// True when the text cannot break a header: no control characters, line or paragraph separators or broken
    /// surrogate pairs (<see cref="SingleLineText"/>). Direction controls and invisible text are refused where people
    /// type them; here they would only hold a message back.
    /// </summary>
    public static bool IsSafeHeaderText(string text) => SingleLineText.Check(text) != SingleLineProblem.ControlCharacters;

    private static void CheckAddressee(MailAddressee? addressee, string what, List<string> problems)
    {
        if (addressee is null)
        {
            problems.Add($"{what} is missing.");
            return;
        }

        if (!IsValidAddress(addressee.Address))
        {
            problems.Add($"{what} address '{Printable(addressee.Address)}' is not a plain ASCII address like name@example.com.");
        }

        if (addressee.DisplayName is not null)
        {
            CheckHeaderText(addressee.DisplayName, $"{what} display name", MaxDisplayNameLength, allowEmpty: true, problems);
        }
    }

    private static void CheckAttachment(MailAttachment? attachment, string what, List<string> problems)
    {
        if (attachment is null)
        {
            problems.Add($"{what} is missing.");
            return;
        }

        CheckHeaderText(attachment.FileName, $"{what} file name", MaxFileNameLength, allowEmpty: false, problems);
        if (attachment.FileName is not null && attachment.FileName.AsSpan().IndexOfAny('/', '\\') >= 0)
        {
            problems.Add($"{what} file name may not contain '/' or '\\'.");
        }

        if (attachment.ContentType is null || !MediaTypePattern().IsMatch(attachment.ContentType))
        {
            problems.Add($"{what} content type must be a bare media type such as application/pdf.");
        }
    }

    private static void CheckHeaderText(string? text, string what, int maxLength, bool allowEmpty, List<string> problems)
    {
        if (text is null || (!allowEmpty && text.Trim().Length == 0))
        {
            problems.Add($"{what} is required.");
            return;
        }

        if (text.Length > maxLength)
        {
            problems.Add($"{what} is longer than {maxLength} characters.");
        }

        if (!IsSafeHeaderText(text))
        {
            problems.Add($"{what} contains a line break or another control character.");
        }
    }

    /// <summary>Shows a refused value in an error message without letting it break the message's own lines.</summary>
    private static string Printable(string? value) =>
        value is null
            ? "(null)"
            : string.Concat(value.Take(80).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MailIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    /// <summary>A Message-ID without angle brackets: printable ASCII around one '@', no brackets, spaces or commas.</summary>
    [GeneratedRegex(@"^[\x21-\x7E-[<>@,\s]]{1,200}@[\x21-\x7E-[<>@,\s]]{1,200}\z", RegexOptions.CultureInvariant)]
    internal static partial Regex MessageIdPattern();

    [GeneratedRegex(@"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypePattern();
}
