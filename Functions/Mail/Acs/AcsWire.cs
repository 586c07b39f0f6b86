using System.Text.Json.Serialization;

namespace Serverless.Feedback.Mail.Acs;

// Request and response bodies of the Email REST API (api-version 2025-09-01), field names as the service spells them.
internal sealed record AcsEmailMessage(
    string SenderAddress,
    AcsEmailContent Content,
    AcsEmailRecipients Recipients,
    IReadOnlyList<AcsEmailAddress>? ReplyTo,
    IReadOnlyList<AcsEmailAttachment>? Attachments,
    IReadOnlyDictionary<string, string>? Headers);

internal sealed record AcsEmailContent(string Subject, string PlainText, string? Html);

internal sealed record AcsEmailRecipients(IReadOnlyList<AcsEmailAddress> To, IReadOnlyList<AcsEmailAddress>? Cc);

internal sealed record AcsEmailAddress(string Address, string? DisplayName);

internal sealed record AcsEmailAttachment(string Name, string ContentType, string ContentInBase64);

internal sealed record AcsOperationBody(string? Id, string? Status, AcsError? Error);

internal sealed record AcsErrorBody(AcsError? Error);

internal sealed record AcsError(string? Code, string? Message);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AcsEmailMessage))]
[JsonSerializable(typeof(AcsOperationBody))]
[JsonSerializable(typeof(AcsErrorBody))]
internal sealed partial class AcsJsonContext : JsonSerializerContext;
