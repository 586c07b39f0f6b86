using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Feedback.Hosting;

internal static class WireJson
{
    /// <summary>
    /// The JSON APIs speak the way cases are stored (camelCase names, enums as camelCase strings, nulls left
    /// out; Cases/Model/CaseJson.cs) and refuse bodies that put null where none is allowed.
    /// </summary>
    public static IServiceCollection AddWireJson(this IServiceCollection services) => services
        .Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options =>
        {
            // A body that does not parse is the caller's mistake: 400 problem details, in Development too.
            options.ThrowOnBadRequest = false;
        })
        .ConfigureHttpJsonOptions(options =>
        {
            var json = options.SerializerOptions;
            json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            json.RespectNullableAnnotations = true;
            json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
}
