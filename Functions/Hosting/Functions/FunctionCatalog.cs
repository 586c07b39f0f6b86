using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Feedback.Hosting.Functions;

/// <summary>
/// The function app as the Functions host sees it: <c>host.json</c> plus the <c>functions.metadata</c> the worker
/// SDK generates from the <c>[Function]</c> methods at build. The local trigger runner reads these same files, so
/// what runs on a laptop and what runs in Azure cannot drift.
/// </summary>
internal sealed class FunctionCatalog
{
    public const string MetadataFileName = "functions.metadata";

    private FunctionCatalog(HostSettings host, IReadOnlyList<FunctionDefinition> functions)
    {
        Host = host;
        Functions = functions;
    }

    public HostSettings Host { get; }

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    public FunctionDefinition? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads and validates the layout under <paramref name="root"/>; every problem is reported at once.</summary>
    public static FunctionCatalog Load(string root)
    {
        var problems = new List<string>();
        var hostPath = Path.Combine(root, "host.json");
        var host = File.Exists(hostPath) ? ReadHost(hostPath, problems) : null;
        if (host is null)
        {
            problems.Add($"{hostPath}: missing or unreadable.");
        }

        var metadataPath = Path.Combine(root, MetadataFileName);
        var functions = new List<FunctionDefinition>();
        if (!File.Exists(metadataPath))
        {
            problems.Add($"{metadataPath}: missing; the worker SDK writes it when the app is built.");
        }
        else if (ParseNode(metadataPath, problems) is { } metadata)
        {
            if (metadata is JsonArray entries)
            {
                functions.AddRange(entries.OfType<JsonObject>().Select(e => ReadFunction(e, metadataPath, problems)).OfType<FunctionDefinition>());
            }
            else
            {
                problems.Add($"{metadataPath}: the root must be a JSON array.");
            }
        }

        if (functions.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{metadataPath}: no functions are declared.");
        }

        foreach (var duplicate in functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{metadataPath}: the name '{duplicate.Key}' is used by {duplicate.Count()} functions.");
        }

        if (problems.Count > 0)
        {
            throw new FunctionCatalogException(problems);
        }

        return new FunctionCatalog(host!, functions);
    }

    private static HostSettings? ReadHost(string path, List<string> problems)
    {
        if (ParseNode(path, problems) is not JsonObject json)
        {
            return null;
        }

        if ((string?)json["version"] != "2.0")
        {
            problems.Add($"{path}: \"version\" must be \"2.0\".");
        }

        var queues = json["extensions"]?["queues"];
        var defaults = QueueSettings.Default;
        var queueSettings = new QueueSettings(
            MaxDequeueCount: (int?)queues?["maxDequeueCount"] ?? defaults.MaxDequeueCount,
            VisibilityTimeout: Duration(queues?["visibilityTimeout"], defaults.VisibilityTimeout, path, problems),
            BatchSize: (int?)queues?["batchSize"] ?? defaults.BatchSize,
            MaxPollingInterval: Duration(queues?["maxPollingInterval"], defaults.MaxPollingInterval, path, problems));
        if (queueSettings.MaxDequeueCount < 1 || queueSettings.BatchSize is < 1 or > 32)
        {
            problems.Add($"{path}: queues.maxDequeueCount must be ≥ 1 and queues.batchSize 1–32.");
        }

        return new HostSettings((string?)json["extensions"]?["http"]?["routePrefix"] ?? "api", queueSettings);
    }

    private static FunctionDefinition? ReadFunction(JsonObject json, string path, List<string> problems)
    {
        var name = (string?)json["name"];
        var entryPoint = (string?)json["entryPoint"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(entryPoint) || json["bindings"] is not JsonArray bindings)
        {
            problems.Add($"{path}: every function needs a \"name\", an \"entryPoint\" and \"bindings\".");
            return null;
        }

        var triggers = bindings.OfType<JsonObject>()
            .Where(b => ((string?)b["type"])?.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        if (triggers.Count != 1)
        {
            problems.Add($"{path}: {name} needs exactly one trigger binding, found {triggers.Count}.");
            return null;
        }

        var trigger = triggers[0];
        var bindingName = (string?)trigger["name"] ?? "";
        switch ((string?)trigger["type"])
        {
            case "httpTrigger":
                var methods = (trigger["methods"] as JsonArray)?.Select(m => ((string?)m ?? "").ToUpperInvariant()).ToList() ?? [];
                var route = (string?)trigger["route"];
                if (string.IsNullOrWhiteSpace(route) || methods.Count == 0)
                {
                    problems.Add($"{path}: the HTTP function {name} needs a route and methods.");
                }

                return new FunctionDefinition(name, entryPoint, new HttpFunctionTrigger(bindingName, route ?? "", methods, (string?)trigger["authLevel"] ?? "Function"));
            case "queueTrigger":
                var queue = (string?)trigger["queueName"];
                if (string.IsNullOrWhiteSpace(queue))
                {
                    problems.Add($"{path}: the queue function {name} needs a queue name.");
                }

                return new FunctionDefinition(name, entryPoint, new QueueFunctionTrigger(bindingName, queue ?? "", (string?)trigger["connection"] ?? "AzureWebJobsStorage"));
            case "timerTrigger":
                var schedule = (string?)trigger["schedule"];
                if (string.IsNullOrWhiteSpace(schedule))
                {
                    problems.Add($"{path}: the timer function {name} needs a schedule.");
                }

                return new FunctionDefinition(name, entryPoint, new TimerFunctionTrigger(bindingName, schedule ?? "", Flag(trigger["runOnStartup"], false), Flag(trigger["useMonitor"], true)));
            default:
                problems.Add($"{path}: {name} has the trigger \"{trigger["type"]}\", which the app does not run (httpTrigger, queueTrigger, timerTrigger).");
                return null;
        }
    }

    /// <summary>The SDK writes booleans as JSON booleans or as strings, depending on the attribute property.</summary>
    private static bool Flag(JsonNode? node, bool fallback) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => bool.TryParse((string?)node, out var value) ? value : fallback,
        _ => fallback,
    };

    private static JsonNode? ParseNode(string path, List<string> problems)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            problems.Add($"{path}: invalid JSON ({e.Message}).");
            return null;
        }
    }

    private static TimeSpan Duration(JsonNode? node, TimeSpan fallback, string path, List<string> problems)
    {
        if (node is null)
        {
            return fallback;
        }

        if (TimeSpan.TryParse((string?)node, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero)
        {
            return value;
        }

        problems.Add($"{path}: \"{node}\" is not a duration (hh:mm:ss).");
        return fallback;
    }
}

internal sealed class FunctionCatalogException(IReadOnlyList<string> problems)
    : Exception("The function app layout is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
