using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;

namespace Serverless.Feedback.Tests.Hosting.Worker.StandIn;

/// <summary>
/// A function as the worker described it at indexing: its id, and its trigger binding read from the raw binding
/// JSON the way the host reads it (type, parameter name, HTTP route and methods, extension properties).
/// </summary>
internal sealed class WorkerFunction
{
    private readonly JsonObject _trigger;
    private readonly TemplateMatcher? _route;

    public WorkerFunction(RpcFunctionMetadata metadata, string routePrefix)
    {
        Metadata = metadata;
        _trigger = metadata.RawBindings.Select(b => JsonNode.Parse(b)).OfType<JsonObject>()
            .Single(b => ((string?)b["type"])?.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) == true);
        if (TriggerType == "httpTrigger")
        {
            var template = string.Join('/', new[] { routePrefix, (string?)_trigger["route"] ?? Name }.Where(p => p.Length > 0));
            _route = new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary());
            Methods = (_trigger["methods"] as JsonArray)?.Select(m => ((string?)m ?? "").ToUpperInvariant()).ToHashSet() ?? [];
        }
    }

    public RpcFunctionMetadata Metadata { get; }

    public string Name => Metadata.Name;

    public string TriggerType => (string?)_trigger["type"] ?? "";

    /// <summary>The name of the trigger's parameter: the invocation's input is bound under it.</summary>
    public string TriggerName => (string?)_trigger["name"] ?? "";

    /// <summary>The worker's converter wants the extension's model binding data rather than the message text.</summary>
    public bool SupportsDeferredBinding =>
        string.Equals((string?)_trigger["properties"]?["supportsDeferredBinding"], "True", StringComparison.OrdinalIgnoreCase);

    public IReadOnlySet<string> Methods { get; } = new HashSet<string>();

    public bool Routes(HttpRequest request) =>
        _route is not null && (Methods.Count == 0 || Methods.Contains(request.Method)) && _route.TryMatch(request.Path, new RouteValueDictionary());
}
