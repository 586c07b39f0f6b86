using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Feedback.Intake;

/// <summary>
/// A submission as it arrives from the web form, the JSON API or the intake queue. Everything is text so
/// that each field can be refused with its own clear message rather than a generic parse error.
/// </summary>
internal sealed record IntakeRequest
{
    public string? SubmissionId { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public string? Company { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Language { get; init; }

    public string? Product { get; init; }

    public string? Model { get; init; }

    public string? OrderNumber { get; init; }

    public string? DeliveryDate { get; init; }

    public string? Batch { get; init; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? QuantityAffected { get; init; }

    public string? Description { get; init; }

    /// <summary>What the customer says it is about: a category code such as <c>productQuality</c> (docs/procedure.md §14.5).</summary>
    public string? Topic { get; init; }

    public string? Remedy { get; init; }

    public string? RemedyDetail { get; init; }

    public string? RequestedDeadline { get; init; }

    /// <summary>A complaint where someone was hurt or the product could hurt someone (安全隐患, docs/procedure.md §14.3).</summary>
    public bool? SafetyHazard { get; init; }

    public bool? Consent { get; init; }

    /// <summary>The honeypot: a field people never see. Anything in it means a robot filled the form.</summary>
    public string? Website { get; init; }

    public IReadOnlyList<IntakeAttachmentInput>? Attachments { get; init; }

    /// <summary>Queue only: how a staff member received it (phone, letter, fax, e-mail, visit, association).</summary>
    public string? Channel { get; init; }

    /// <summary>Queue only: when it was received, if earlier than now (ISO 8601 with offset).</summary>
    public string? ReceivedAt { get; init; }

    /// <summary>Queue only: the e-mail of the staff member who registered it (首问责任人).</summary>
    public string? FirstReceiver { get; init; }

    /// <summary>Staff only: a company letter carries the signer's signature or company stamp.</summary>
    public bool? SignaturePresent { get; init; }

    /// <summary>Staff only: forwarded by a regulator or higher authority.</summary>
    public bool? ForwardedByAuthority { get; init; }

    /// <summary>Staff only: how a customer without an e-mail address is told (phone or letter).</summary>
    public string? TellBy { get; init; }
}

/// <summary>A file with the submission: <c>contentBase64</c> on the API and queue, bytes on the form.</summary>
internal sealed record IntakeAttachmentInput
{
    public string? FileName { get; init; }

    /// <summary>The file's bytes, decoded from <c>contentBase64</c> as the JSON is read, or from the form's upload.</summary>
    [JsonPropertyName("contentBase64")]
    [JsonConverter(typeof(Base64ContentConverter))]
    public AttachmentContent? Content { get; init; }
}

/// <summary>Decoded file content, or the fact that what came was not Base64 (refused as the field's own error).</summary>
internal sealed record AttachmentContent(byte[]? Bytes)
{
    public bool IsInvalid => Bytes is null;

    public static AttachmentContent Of(byte[] bytes) => new(bytes);
}

/// <summary>
/// Decodes Base64 straight from the JSON reader's buffer into the file's bytes: a 10 MB file never exists as a
/// 13 MB Base64 string (26 MB in memory) on its way in, so a request costs about its files' size (docs/adr/0020).
/// </summary>
internal sealed class Base64ContentConverter : JsonConverter<AttachmentContent?>
{
    public override AttachmentContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when reader.ValueIsEscaped:
                return Decode(reader.GetString()!);
            case JsonTokenType.String:
                return new AttachmentContent(reader.TryGetBytesFromBase64(out var bytes) ? bytes : null);
            default:
                // A number, object or array is not a file either: refused as this field's error, like bad Base64.
                _ = reader.TrySkip();
                return new AttachmentContent(null);
        }
    }

    public override void Write(Utf8JsonWriter writer, AttachmentContent? value, JsonSerializerOptions options)
    {
        if (value?.Bytes is { } bytes)
        {
            writer.WriteBase64StringValue(bytes);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Escaped text (<c>\u002B</c> for "+", as some encoders write) is rare: read it the slow way.</summary>
    private static AttachmentContent Decode(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? new AttachmentContent(buffer[..written]) : new AttachmentContent(null);
    }
}

/// <summary>Accepts a JSON number or string for a text field (a quantity may come either way).</summary>
internal sealed class LenientStringConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.Null => null,
        _ => throw new JsonException("Expected a number or a string."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
