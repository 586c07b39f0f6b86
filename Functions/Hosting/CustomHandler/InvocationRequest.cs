using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Feedback.Hosting.CustomHandler;

/// <summary>
/// What the Functions host POSTs to <c>/{FunctionName}</c> for a non-HTTP trigger:
/// the trigger and input bindings under <c>Data</c>, trigger metadata under <c>Metadata</c>.
/// Kept as raw JSON because the host's typing is loose (numbers as strings, strings double-quoted).
/// </summary>
internal sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] IReadOnlyDictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] IReadOnlyDictionary<string, JsonElement>? Metadata);

/// <summary>The answer the host expects: output bindings, log lines and an optional return value.</summary>
internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? ReturnValue)
{
    public static InvocationResponse Empty { get; } = new(new Dictionary<string, object?>(), [], null);

    public static InvocationResponse Failed(string message) => new(new Dictionary<string, object?>(), [message], null);
}
