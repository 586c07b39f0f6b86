using System.Text.Json.Nodes;

namespace Serverless.Feedback.Tests.Infra;

/// <summary>The committed <c>infra/main.snapshot.json</c>: every resource the templates deploy, as Bicep predicts it.</summary>
internal static class InfraSnapshot
{
    private static readonly Lazy<JsonArray> Resources = new(() =>
        JsonNode.Parse(File.ReadAllText(BicepCli.Infra("main.snapshot.json")))!["predictedResources"]!.AsArray());

    public static IEnumerable<JsonNode> OfType(string type) =>
        Resources.Value.Select(r => r!).Where(r => (string?)r["type"] == type);

    /// <summary>The last segment of each name of a type: table, queue or container names.</summary>
    public static List<string> Names(string type) =>
        OfType(type).Select(r => ((string)r["name"]!).Split('/')[^1]).ToList();

    /// <summary>The function app's settings; values Azure knows only at deployment are ARM expressions ("[...]").</summary>
    public static Dictionary<string, string> AppSettings() =>
        OfType("Microsoft.Web/sites/config").Single(r => ((string)r["name"]!).EndsWith("/appsettings", StringComparison.Ordinal))["properties"]!.AsObject()
            .ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.OrdinalIgnoreCase);

    public static bool IsExpression(string value) => value.StartsWith('[') && value.EndsWith(']');
}
