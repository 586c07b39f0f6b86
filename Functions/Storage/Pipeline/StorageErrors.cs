using System.Text.Json;
using System.Xml;
using Azure;
using Azure.Core;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>
/// Reads the service's error code and message from <c>x-ms-error-code</c> and the body (JSON
/// <c>odata.error</c> from Tables, XML <c>&lt;Error&gt;</c> from Queues and Blobs), so every
/// <see cref="RequestFailedException"/> carries them.
/// </summary>
internal sealed class StorageErrors : RequestFailedDetailsParser
{
    public static readonly StorageErrors Parser = new();

    public static (string? Code, string? Message) Read(Response response)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        string? message = null;
        var body = response.Content;
        if (body is not null && body.ToMemory().Length > 0)
        {
            try
            {
                (var bodyCode, message) = body.ToMemory().Span[0] == (byte)'{' ? FromJson(body) : FromXml(body);
                code ??= bodyCode;
            }
            catch (Exception e) when (e is JsonException or XmlException)
            {
                // A proxy or a crashed server may answer with anything; the status still tells the story.
            }
        }

        return (code, message);
    }

    /// <summary>The exception for an unexpected response: status, service code and message.</summary>
    public static RequestFailedException Failure(Response response, string operation)
    {
        var (code, message) = Read(response);
        return new RequestFailedException(
            response.Status,
            $"{operation} failed: {response.Status} {code ?? response.ReasonPhrase}. {message}".TrimEnd(' ', '.') + ".",
            code,
            innerException: null);
    }

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        var (code, message) = Read(response);
        error = new ResponseError(code, message);
        data = null;
        return true;
    }

    /// <summary>Parses a Table service error body: <c>{"odata.error":{"code":"…","message":{"value":"…"}}}</c>.</summary>
    internal static (string? Code, string? Message) FromJson(BinaryData body)
    {
        using var document = JsonDocument.Parse(body.ToMemory());
        if (!document.RootElement.TryGetProperty("odata.error", out var error))
        {
            return (null, null);
        }

        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m)
            ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
            : null;
        return (code, message);
    }

    private static (string? Code, string? Message) FromXml(BinaryData body)
    {
        using var reader = XmlReader.Create(body.ToStream(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        string? code = null;
        string? message = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "Code":
                    code = reader.ReadElementContentAsString();
                    break;
                case "Message":
                    message = reader.ReadElementContentAsString();
                    break;
            }
        }

        return (code, message?.Split('\n')[0].Trim());
    }
}
