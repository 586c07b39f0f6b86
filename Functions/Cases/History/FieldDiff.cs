using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.History;

/// <summary>One changed field, by JSON path (e.g. <c>assessment.severity</c>, <c>resolution.correctiveActions[0].status</c>).</summary>
internal sealed record FieldDiff(string Path, JsonNode? Before, JsonNode? After);

/// <summary>Computes what changed between two versions of a case, leaf by leaf.</summary>
internal static class CaseDiff
{
    // Bookkeeping that changes with every write says nothing about what the person did; the customer's
    // tracking token is a secret that staff, who read the history, must never see.
    private static readonly HashSet<string> Ignored = ["version", "updatedAt", "trackingToken"];

    public static IReadOnlyList<FieldDiff> Between(CaseRecord? before, CaseRecord after)
    {
        var diffs = new List<FieldDiff>();
        var a = before is null ? null : JsonSerializer.SerializeToNode(before, CaseJson.Options);
        var b = JsonSerializer.SerializeToNode(after, CaseJson.Options);
        Walk("", a, b, diffs);
        return diffs;
    }

    private static void Walk(string path, JsonNode? before, JsonNode? after, List<FieldDiff> diffs)
    {
        switch (before, after)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    if (path.Length == 0 && Ignored.Contains(key))
                    {
                        continue;
                    }

                    Walk(path.Length == 0 ? key : path + "." + key, x[key], y[key], diffs);
                }

                break;
            case (JsonArray x, JsonArray y):
                for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
                {
                    Walk($"{path}[{i}]", i < x.Count ? x[i] : null, i < y.Count ? y[i] : null, diffs);
                }

                break;
            case (null, JsonObject y):
                Walk(path, new JsonObject(), y, diffs);
                break;
            case (JsonObject x, null):
                Walk(path, x, new JsonObject(), diffs);
                break;
            case (null, JsonArray y):
                Walk(path, new JsonArray(), y, diffs);
                break;
            case (JsonArray x, null):
                Walk(path, x, new JsonArray(), diffs);
                break;
            default:
                if (!JsonNode.DeepEquals(before, after))
                {
                    diffs.Add(new FieldDiff(path, before?.DeepClone(), after?.DeepClone()));
                }

                break;
        }
    }
}
