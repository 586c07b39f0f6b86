using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Mail.Outbox;

/// <summary>
/// A folder of <c>&lt;timestamp&gt;-&lt;MailId&gt;.eml</c> files. The timestamp has a fixed width, so the
/// MailId is read back exactly and names sort by time. Writes go to a hidden temporary file that is then
/// renamed, so a reader never sees half a message; writing the same MailId again replaces its file.
/// </summary>
internal sealed partial class PickupDirectory(string path) : IOutboxReader
{
    private const string TimestampFormat = "yyyyMMdd'T'HHmmssfff'Z'";
    private const int TimestampLength = 19;

    private readonly Lock _writeGate = new();

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Stores the message and returns its file name.</summary>
    public async Task<string> WriteAsync(string mailId, ReadOnlyMemory<byte> message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path);
        var temporary = System.IO.Path.Combine(Path, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(message, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            // One writer at a time, so two sends of one MailId cannot both pick a new name.
            lock (_writeGate)
            {
                var fileName = Find(mailId)?.FileName ?? FileNameFor(mailId, now);
                File.Move(temporary, System.IO.Path.Combine(Path, fileName), overwrite: true);
                return fileName;
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public IReadOnlyList<OutboxEntry> List()
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        return new DirectoryInfo(Path).EnumerateFiles("*.eml")
            .Select(file => TryParse(file.Name, out var mailId, out var writtenAt) ? new OutboxEntry(file.Name, mailId, writtenAt, file.Length) : null)
            .OfType<OutboxEntry>()
            .OrderByDescending(entry => entry.WrittenAt)
            .ThenByDescending(entry => entry.FileName, StringComparer.Ordinal)
            .ToList();
    }

    public OutboxEntry? Find(string mailId) => List().FirstOrDefault(entry => entry.MailId == mailId);

    public async Task<byte[]> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        if (!TryParse(fileName, out _, out _))
        {
            throw new ArgumentException($"'{fileName}' is not an outbox file name.", nameof(fileName));
        }

        return await File.ReadAllBytesAsync(System.IO.Path.Combine(Path, fileName), cancellationToken);
    }

    public async Task<DecodedMail> ReadDecodedAsync(string fileName, CancellationToken cancellationToken) =>
        StoredMailDecoder.Decode(await ReadAsync(fileName, cancellationToken));

    public static string FileNameFor(string mailId, DateTimeOffset now) =>
        $"{now.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture)}-{mailId}.eml";

    /// <summary>Accepts only names this class writes, which also rules out any path.</summary>
    private static bool TryParse(string fileName, out string mailId, out DateTimeOffset writtenAt)
    {
        mailId = string.Empty;
        writtenAt = default;
        if (fileName is null || !FileNamePattern().IsMatch(fileName)
            || !DateTime.TryParseExact(fileName[..TimestampLength], TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        mailId = fileName[(TimestampLength + 1)..^".eml".Length];
        writtenAt = new DateTimeOffset(parsed, TimeSpan.Zero);
        return true;
    }

    [GeneratedRegex(@"^\d{8}T\d{9}Z-[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.eml\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
