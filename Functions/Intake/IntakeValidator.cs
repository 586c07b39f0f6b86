using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Intake;

/// <summary>The one set of rules every intake path applies (form, API, queue).</summary>
internal sealed partial class IntakeValidator(IOptions<IntakeOptions> options)
{
    private static readonly string[] Languages = ["en", "zh-CN"];
    private static readonly Channel[] StaffChannels = [Channel.Phone, Channel.Letter, Channel.Fax, Channel.Email, Channel.Visit, Channel.Association, Channel.SalesRepresentative, Channel.Other];
    private static readonly string[] TellByWays = ["phone", "letter"];

    /// <summary>When goods can have been delivered: not in the future, and not before the records the company keeps.</summary>
    public static DateRange DeliveryDates(DateOnly today) => new(new DateOnly(2000, 1, 1), today);

    /// <summary>What a customer may ask as a deadline: from today up to a year ahead.</summary>
    public static DateRange RequestedDeadlines(DateOnly today) => new(today, today.AddDays(365));

    public (ValidSubmission? Valid, IReadOnlyList<IntakeError> Errors) Validate(IntakeRequest request, IntakePath path, DateOnly today, DateTimeOffset now)
    {
        var limits = options.Value;
        var errors = new List<IntakeError>();

        if (!string.IsNullOrEmpty(request.Website))
        {
            // A person never sees the honeypot; say nothing more specific than that the form was refused.
            return (null, [new IntakeError("form", "refused")]);
        }

        var submissionId = Optional(request.SubmissionId, "submissionId", 100, singleLine: true, errors);
        if (submissionId is not null && !SubmissionIdPattern().IsMatch(submissionId))
        {
            errors.Add(new IntakeError("submissionId", "invalid"));
        }

        var kind = Parse<CaseKind>(request.Kind, "kind", required: true, errors);
        if (kind == CaseKind.Improvement)
        {
            // Improvement actions are the company's own work, opened by the survey and the control limits only.
            errors.Add(new IntakeError("kind", "unknown"));
        }

        var name = Required(request.Name, "name", 100, errors);
        var company = Optional(request.Company, "company", 200, singleLine: true, errors);
        // Many callers give only a phone number: staff may register a customer without an e-mail address (docs/procedure.md §14.1).
        var email = path == IntakePath.Staff && string.IsNullOrWhiteSpace(request.Email) ? "" : Email(request.Email, errors);
        var phone = Optional(request.Phone, "phone", 30, singleLine: true, errors);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add(new IntakeError("phone", "invalid"));
        }

        var language = Languages.FirstOrDefault(l => string.Equals(l, request.Language?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (language is null)
        {
            errors.Add(new IntakeError("language", string.IsNullOrWhiteSpace(request.Language) ? "required" : "unknown"));
        }

        var deliveryDate = Date(request.DeliveryDate, "deliveryDate", errors);
        var deliveryRange = DeliveryDates(today);
        if (deliveryDate is { } delivered && !deliveryRange.Contains(delivered))
        {
            errors.Add(new IntakeError("deliveryDate", "outOfRange", deliveryRange));
        }

        var deadline = Date(request.RequestedDeadline, "requestedDeadline", errors);
        var deadlineRange = RequestedDeadlines(today);
        if (deadline is { } wanted && !deadlineRange.Contains(wanted))
        {
            errors.Add(new IntakeError("requestedDeadline", "outOfRange", deadlineRange));
        }

        var quantity = Quantity(request.QuantityAffected, errors);
        var description = Required(request.Description, "description", limits.MaxDescriptionLength, errors, singleLine: false);
        var topic = Parse<Category>(request.Topic, "topic", required: false, errors);
        var remedy = Parse<Remedy>(request.Remedy, "remedy", required: false, errors);
        var remedyDetail = Optional(request.RemedyDetail, "remedyDetail", 1000, singleLine: false, errors);
        var subject = new CaseSubject
        {
            Product = Optional(request.Product, "product", 200, singleLine: true, errors),
            Model = Optional(request.Model, "model", 200, singleLine: true, errors),
            OrderNumber = Optional(request.OrderNumber, "orderNumber", 100, singleLine: true, errors),
            Batch = Optional(request.Batch, "batch", 100, singleLine: true, errors),
            DeliveryDate = deliveryDate,
            QuantityAffected = quantity,
            Description = description ?? "",
            Topic = topic,
            RemedyWanted = remedy,
            RemedyDetail = remedyDetail,
            RequestedDeadline = deadline,

            // Only a complaint can report a hazard; a suggestion or inquiry about safety is answered like any other.
            SafetyHazard = request.SafetyHazard == true && kind == CaseKind.Complaint,
        };

        // Staff record the customer's consent as part of taking the complaint; the box is the public form's.
        if (request.Consent != true && path != IntakePath.Staff)
        {
            errors.Add(new IntakeError("consent", "required"));
        }

        var (channel, receivedAt, firstReceiver) = path switch
        {
            IntakePath.Queue or IntakePath.Staff => StaffFields(request, now, errors),
            IntakePath.Api => (Channel.Api, (DateTimeOffset?)null, (string?)null),
            _ => (Channel.Web, null, null),
        };
        var attachments = Attachments(request.Attachments, limits, errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var staffIntake = path == IntakePath.Staff ? StaffIntake(request, channel, email!, phone, errors) : null;
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidSubmission(submissionId, kind!.Value, channel, name!, company, email!, phone, language!, subject, attachments, receivedAt, firstReceiver) { StaffIntake = staffIntake }, []);
    }

    private static StaffIntake StaffIntake(IntakeRequest request, Channel channel, string email, string? phone, List<IntakeError> errors)
    {
        string? tellBy = null;
        if (email.Length == 0)
        {
            // Without an address to mail, someone must be able to reach them: by phone unless staff chose a letter.
            tellBy = string.IsNullOrWhiteSpace(request.TellBy) ? "phone" : TellByWays.FirstOrDefault(w => w == request.TellBy.Trim());
            if (tellBy is null)
            {
                errors.Add(new IntakeError("tellBy", "unknown"));
            }
            else if (tellBy == "phone" && phone is null)
            {
                errors.Add(new IntakeError("phone", "required"));
            }
        }

        // Only a letter can carry a signature or stamp; a regulator's forwarding is the association channel's or said explicitly.
        var signature = channel is Channel.Letter or Channel.Fax ? request.SignaturePresent : null;
        return new StaffIntake(signature, request.ForwardedByAuthority ?? channel == Channel.Association, tellBy);
    }

    private static (Channel, DateTimeOffset?, string?) StaffFields(IntakeRequest request, DateTimeOffset now, List<IntakeError> errors)
    {
        var channel = Parse<Channel>(request.Channel, "channel", required: false, errors) ?? Channel.Other;
        if (!StaffChannels.Contains(channel))
        {
            errors.Add(new IntakeError("channel", "unknown"));
        }

        DateTimeOffset? receivedAt = null;
        if (!string.IsNullOrWhiteSpace(request.ReceivedAt))
        {
            if (!DateTimeOffset.TryParse(request.ReceivedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || !HasOffset(request.ReceivedAt))
            {
                errors.Add(new IntakeError("receivedAt", "invalid"));
            }
            else if (parsed > now.AddMinutes(5) || parsed < now.AddDays(-365))
            {
                errors.Add(new IntakeError("receivedAt", "outOfRange", new DateRange(DateOnly.FromDateTime(now.AddDays(-365).Date), DateOnly.FromDateTime(now.Date))));
            }
            else
            {
                receivedAt = parsed;
            }
        }

        var firstReceiver = Optional(request.FirstReceiver, "firstReceiver", 254, singleLine: true, errors);
        if (firstReceiver is not null && !MailboxSyntax.TryParse(firstReceiver, out _))
        {
            errors.Add(new IntakeError("firstReceiver", "invalid"));
        }

        return (channel, receivedAt, firstReceiver);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || OffsetPattern().IsMatch(text);

    private static List<ValidAttachment> Attachments(IReadOnlyList<IntakeAttachmentInput>? inputs, IntakeOptions limits, List<IntakeError> errors)
    {
        var valid = new List<ValidAttachment>();
        if (inputs is null)
        {
            return valid;
        }

        if (inputs.Count > limits.MaxAttachments)
        {
            errors.Add(new IntakeError("attachments", "tooMany", limits.MaxAttachments));
            return valid;
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"attachments[{i}]";
            if (inputs[i] is not { } input)
            {
                errors.Add(new IntakeError(field, "empty"));
                continue;
            }

            if (input.Content is { IsInvalid: true })
            {
                errors.Add(new IntakeError(field, "invalid"));
                continue;
            }

            var content = input.Content?.Bytes;
            if (content is null || content.Length == 0)
            {
                errors.Add(new IntakeError(field, "empty"));
                continue;
            }

            if (content.Length > limits.MaxAttachmentBytes)
            {
                errors.Add(new IntakeError(field, "tooLarge", limits.MaxAttachmentBytes / (1024 * 1024)));
                continue;
            }

            var type = FileSniffer.Detect(content);
            if (type is null)
            {
                errors.Add(new IntakeError(field, "type"));
                continue;
            }

            valid.Add(new ValidAttachment(SafeFileName(input.FileName, type, i), type, content));
        }

        return valid;
    }

    /// <summary>Keeps a readable name (Chinese included) without paths, control characters or a misleading extension.</summary>
    internal static string SafeFileName(string? name, string contentType, int index)
    {
        var baseName = Path.GetFileNameWithoutExtension((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var cleaned = new string(baseName.Where(c => SingleLineText.IsSafe(c.ToString()) && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format
            && c is not ('"' or '<' or '>' or ':' or '|' or '?' or '*')).ToArray()).Trim().Trim('.');
        if (cleaned.Length == 0)
        {
            cleaned = "attachment-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        }

        return (cleaned.Length > 100 ? cleaned[..100] : cleaned) + FileSniffer.Extension(contentType);
    }

    private static string? Email(string? value, List<IntakeError> errors)
    {
        var email = Required(value, "email", 254, errors);
        if (email is null)
        {
            return null;
        }

        if (!MailboxSyntax.IsBareAddress(email) || !EmailPattern().IsMatch(email))
        {
            errors.Add(new IntakeError("email", "invalid"));
            return null;
        }

        return email;
    }

    private static decimal? Quantity(string? value, List<IntakeError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity) || quantity < 0 || quantity > 1_000_000_000m || decimal.Round(quantity, 3) != quantity)
        {
            errors.Add(new IntakeError("quantityAffected", "invalid"));
            return null;
        }

        return quantity;
    }

    private static DateOnly? Date(string? value, string field, List<IntakeError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new IntakeError(field, "invalid"));
            return null;
        }

        return date;
    }

    private static T? Parse<T>(string? value, string field, bool required, List<IntakeError> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new IntakeError(field, "required"));
            }

            return null;
        }

        // Only the names, never numbers: "1" is not a kind.
        var match = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add(new IntakeError(field, "unknown"));
            return null;
        }

        return Enum.Parse<T>(match);
    }

    private static string? Required(string? value, string field, int max, List<IntakeError> errors, bool singleLine = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new IntakeError(field, "required"));
            return null;
        }

        return Optional(value, field, max, singleLine, errors);
    }

    private static string? Optional(string? value, string field, int max, bool singleLine, List<IntakeError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > max)
        {
            errors.Add(new IntakeError(field, "tooLong", max));
            return null;
        }

        var problem = singleLine
            ? SingleLineText.Check(text)
            : text.Any(c => (char.IsControl(c) && c is not ('\n' or '\t')) || c is '\u2028' or '\u2029') ? SingleLineProblem.ControlCharacters : SingleLineProblem.None;
        if (problem != SingleLineProblem.None)
        {
            errors.Add(new IntakeError(field, problem switch
            {
                SingleLineProblem.DirectionControls => "directionControls",
                SingleLineProblem.NothingVisible => "invisible",
                _ => "controlCharacters",
            }));
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{8,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubmissionIdPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,28}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
