using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Serverless.Feedback.Intake;

namespace Serverless.Feedback.Hosting.OpenApi;

/// <summary>
/// <c>POST /api/intake</c> reads its body by hand (to word its own parse and media-type errors), so the generator
/// cannot see it. Accepts metadata would tell it, but would also let routing refuse other media types before the
/// endpoint's own problem details could; the body is described here instead.
/// </summary>
internal static class IntakeBodyDescription
{
    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath != "api/intake" || context.Document is not { } document)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(typeof(IntakeRequest), null, cancellationToken);
        document.AddComponent(nameof(IntakeRequest), schema);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(nameof(IntakeRequest), document) },
            },
        };
    }
}
