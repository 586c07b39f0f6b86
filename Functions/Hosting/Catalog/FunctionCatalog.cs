using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Feedback.Hosting.Catalog;

/// <summary>
/// The function app as the Functions host sees it: <c>host.json</c> plus one <c>function.json</c> per
/// function folder. Both the Azure host and the local trigger runner read these same files, so they cannot drift.
/// </summary>
internal sealed class FunctionCatalog
{
    private static readonly string[] KnownTriggers = ["httpTrigger", "queueTrigger", "timerTrigger"];

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

        var functions = new List<FunctionDefinition>();
        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, "function.json");
            if (File.Exists(path) && ReadFunction(Path.GetFileName(directory), path, problems) is { } function)
            {
                functions.Add(function);
            }
        }

        if (functions.Count == 0)
        {
            problems.Add($"{root}: no function folders found.");
        }

        if (problems.Count > 0)
        {
            throw new FunctionCatalogException(problems);
        }

        return new FunctionCatalog(host!, functions);
    }

    private static HostSettings? ReadHost(string path, List<string> problems)
    {
        var json = ParseObject(path, problems);
        if (json is null)
        {
            return null;
        }

        if ((string?)json["version"] != "2.0")
        {
            problems.Add($"{path}: \"version\" must be \"2.0\".");
        }

        var handler = json["customHandler"] as JsonObject;
        var executable = (string?)handler?["description"]?["defaultExecutablePath"];
        if (string.IsNullOrWhiteSpace(executable))
        {
            problems.Add($"{path}: customHandler.description.defaultExecutablePath is required.");
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

        return new HostSettings(
            executable,
            (bool?)handler?["enableForwardingHttpRequest"] ?? false,
            (string?)json["extensions"]?["http"]?["routePrefix"] ?? "api",
            queueSettings);
    }

    private static FunctionDefinition? ReadFunction(string name, string path, List<string> problems)
    {
        var json = ParseObject(path, problems);
        if (json?["bindings"] is not JsonArray bindings)
        {
            if (json is not null)
            {
                problems.Add($"{path}: \"bindings\" array is required.");
            }

            return null;
        }

        var triggers = bindings.OfType<JsonObject>()
            .Where(b => ((string?)b["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true)
            .ToList();
        if (triggers.Count != 1)
        {
            problems.Add($"{path}: exactly one trigger binding is required, found {triggers.Count}.");
            return null;
        }

        var trigger = triggers[0];
        var type = (string?)trigger["type"];
        var bindingName = (string?)trigger["name"];
        if (string.IsNullOrWhiteSpace(bindingName))
        {
            problems.Add($"{path}: the trigger binding needs a \"name\".");
            return null;
        }

        if ((string?)trigger["direction"] != "in")
        {
            problems.Add($"{path}: the trigger binding must have \"direction\": \"in\".");
        }

        switch (type)
        {
            case "httpTrigger":
                var route = (string?)trigger["route"];
                var methods = (trigger["methods"] as JsonArray)?.Select(m => ((string?)m ?? "").ToUpperInvariant()).ToList() ?? [];
                if (string.IsNullOrWhiteSpace(route) || methods.Count == 0)
                {
                    problems.Add($"{path}: an HTTP trigger needs a \"route\" and \"methods\".");
                }

                if (!bindings.OfType<JsonObject>().Any(b => (string?)b["type"] == "http" && (string?)b["direction"] == "out"))
                {
                    problems.Add($"{path}: an HTTP function needs an \"http\" output binding.");
                }

                return new FunctionDefinition(name, new HttpFunctionTrigger(bindingName, route ?? "", methods, (string?)trigger["authLevel"] ?? "function"));
            case "queueTrigger":
                var queue = (string?)trigger["queueName"];
                if (string.IsNullOrWhiteSpace(queue))
                {
                    problems.Add($"{path}: a queue trigger needs a \"queueName\".");
                }

                return new FunctionDefinition(name, new QueueFunctionTrigger(bindingName, queue ?? "", (string?)trigger["connection"] ?? "AzureWebJobsStorage"));
            case "timerTrigger":
                var schedule = (string?)trigger["schedule"];
                if (string.IsNullOrWhiteSpace(schedule))
                {
                    problems.Add($"{path}: a timer trigger needs a \"schedule\".");
                }

                return new FunctionDefinition(name, new TimerFunctionTrigger(bindingName, schedule ?? "", (bool?)trigger["runOnStartup"] ?? false, (bool?)trigger["useMonitor"] ?? true));
            default:
                problems.Add($"{path}: trigger type \"{type}\" is not one of {string.Join(", ", KnownTriggers)}.");
                return null;
        }
    }

    private static JsonObject? ParseObject(string path, List<string> problems)
    {
        try
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is JsonObject obj)
            {
                return obj;
            }

            problems.Add($"{path}: the root must be a JSON object.");
        }
        catch (JsonException e)
        {
            problems.Add($"{path}: invalid JSON ({e.Message}).");
        }

        return null;
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
