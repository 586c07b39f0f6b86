using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Azure;

namespace Serverless.Feedback.Storage.Queues;

/// <summary>The Queue service's XML bodies and the Base64 message encoding the Functions queue trigger expects.</summary>
internal static class QueueXml
{
    /// <summary>The service's limit for a message body once encoded.</summary>
    public const int MaxEncodedLength = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static BinaryData MessageBody(string messageText)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(messageText));
        if (encoded.Length > MaxEncodedLength)
        {
            throw new ArgumentException($"The message is {encoded.Length} characters once Base64-encoded; a queue message holds at most {MaxEncodedLength}.", nameof(messageText));
        }

        return BinaryData.FromString($"<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessage><MessageText>{encoded}</MessageText></QueueMessage>");
    }

    /// <summary>Decodes Base64 UTF-8 text; anything else (a message another producer wrote as plain text) comes back as it is.</summary>
    public static string Decode(string text)
    {
        var bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var length))
        {
            try
            {
                return StrictUtf8.GetString(bytes, 0, length);
            }
            catch (DecoderFallbackException)
            {
                // Valid Base64 by accident, not UTF-8 underneath: it was plain text all along.
            }
        }

        return text;
    }

    public static IEnumerable<XElement> Messages(Response response) =>
        XDocument.Load(response.Content.ToStream()).Root?.Elements("QueueMessage") ?? [];

    public static string Text(XElement message, string name) =>
        message.Element(name)?.Value ?? throw new FormatException($"The queue service's answer lacks {name}.");

    public static DateTimeOffset Time(XElement message, string name) => ParseTime(Text(message, name));

    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static long DequeueCount(XElement message) => long.Parse(Text(message, "DequeueCount"), CultureInfo.InvariantCulture);
}
