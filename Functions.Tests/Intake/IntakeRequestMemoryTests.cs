using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Intake;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>What reading a JSON submission costs in memory: about its files' size, not several times it.</summary>
public sealed class IntakeRequestMemoryTests
{
    private const int FileSize = 10 * 1024 * 1024;
    private const int Files = 5;

    [Fact]
    public async Task Read_FiveTenMegabyteFiles_AllocatesTheFilesAndABoundedBufferOnly()
    {
        var json = SubmissionWithFiles();
        using var body = new MemoryStream(json, writable: false);

        // The serializer's first use of the type builds its metadata (a few hundred kB) on whichever thread asks:
        // done here first, so the measurement is the cost of a read, whichever test ran before.
        using (var small = new MemoryStream("""{"kind":"complaint","attachments":[{"fileName":"a.png","contentBase64":"AA=="}]}"""u8.ToArray()))
        {
            await JsonSerializer.DeserializeAsync<IntakeRequest>(small, CaseJson.Options);
        }

        // A MemoryStream completes every read at once, so the whole read stays on this thread and its counter sees it.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var request = await JsonSerializer.DeserializeAsync<IntakeRequest>(body, CaseJson.Options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Files, request!.Attachments!.Count);
        Assert.All(request.Attachments, a => Assert.Equal(FileSize, a!.Content!.Bytes!.Length));
        const long FilesBytes = (long)Files * FileSize;

        // The files themselves, plus the reader's buffer for one Base64 token (which grows to the largest one and is
        // reused). As text first, the five files would cost 5 × 26.7 MB of strings on top: over 200 MB in all.
        Assert.InRange(allocated, FilesBytes, FilesBytes + (48L * 1024 * 1024));
    }

    private static byte[] SubmissionWithFiles()
    {
        var random = new Random(7);
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "complaint");
            writer.WriteString("name", "Zhang Wei");
            writer.WriteStartArray("attachments");
            for (var i = 0; i < Files; i++)
            {
                var content = new byte[FileSize];
                random.NextBytes(content);
                writer.WriteStartObject();
                writer.WriteString("fileName", $"photo-{i}.jpg");
                writer.WriteBase64String("contentBase64", content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return output.ToArray();
    }
}
