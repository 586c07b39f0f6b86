namespace Serverless.Feedback.Mail.Mime;

/// <summary>One parsed MIME entity: its headers (unfolded, still encoded), its raw body and, for a multipart, its parts.</summary>
internal sealed class MimeEntity(IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, IReadOnlyList<MimeEntity> parts)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    /// <summary>The body as transferred (still base64 or quoted-printable); for a multipart, everything between the headers and the end.</summary>
    public ReadOnlyMemory<byte> RawBody { get; } = body;

    public IReadOnlyList<MimeEntity> Parts { get; } = parts;

    public HeaderValue ContentType => HeaderValue.Parse(this["Content-Type"] ?? "text/plain; charset=us-ascii");

    public HeaderValue? ContentDisposition => this["Content-Disposition"] is { } value ? HeaderValue.Parse(value) : null;

    public bool IsMultipart => ContentType.Value.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first header with that name (case-insensitive), or null.</summary>
    public string? this[string name] => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public IEnumerable<string> All(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    /// <summary>The body with its Content-Transfer-Encoding undone.</summary>
    public byte[] DecodeContent() =>
        (this["Content-Transfer-Encoding"]?.Trim().ToLowerInvariant()) switch
        {
            "base64" => TransferEncodings.DecodeBase64Lenient(RawBody.Span),
            "quoted-printable" => TransferEncodings.DecodeQuotedPrintable(System.Text.Encoding.Latin1.GetString(RawBody.Span)),
            _ => RawBody.ToArray(),
        };

    /// <summary>The body as text in its declared charset.</summary>
    public string DecodeText() => MimeCharsets.GetString(DecodeContent(), ContentType.Parameter("charset"));
}
