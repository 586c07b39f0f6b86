using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Table Storage caps a string property at 64 KiB (32 K UTF-16 characters) and an entity at 1 MiB, so a
/// large JSON document is spread over numbered properties <c>{name}0</c>, <c>{name}1</c>, ….
/// </summary>
internal static class ChunkedText
{
    private const int ChunkLength = 30_000;
    private const int MaxChunks = 15;

    public static void Write(TableEntity entity, string name, string text)
    {
        var chunks = (text.Length + ChunkLength - 1) / ChunkLength;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"{name} is {text.Length} characters; at most {ChunkLength * MaxChunks} fit in one entity.");
        }

        for (var i = 0; i < Math.Max(chunks, 1); i++)
        {
            entity[name + i] = text.Substring(i * ChunkLength, Math.Min(ChunkLength, text.Length - (i * ChunkLength)));
        }

        entity[name + "Chunks"] = Math.Max(chunks, 1);
    }

    public static string Read(TableEntity entity, string name)
    {
        var chunks = entity.GetInt32(name + "Chunks") ?? 1;
        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(name + i) ?? ""));
    }
}
