using Microsoft.OpenApi;

namespace Serverless.Feedback.Hosting.OpenApi;

/// <summary>
/// The OpenAPI description of the staff API and the intake API, generated from the endpoints themselves and
/// served to signed-in staff at <see cref="Path"/> (docs/adr/0049-openapi-document.md). The checked-in copy,
/// docs/api/openapi.json, is compared with it by a test.
/// </summary>
internal static class ApiDocument
{
    public const string Path = "/openapi.json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => IsDescribed(description.RelativePath);
            options.AddSchemaTransformer(ApiSchemas.DescribeAsync);
            options.AddOperationTransformer(IntakeBodyDescription.DescribeAsync);
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
        });

    /// <summary>Served inside the staff group: only signed-in staff read it, and the Functions host routes it.</summary>
    public static RouteGroupBuilder MapApiDocument(this RouteGroupBuilder staff)
    {
        staff.MapOpenApi(Path);
        return staff;
    }

    /// <summary>The JSON APIs only: pages, development tools and local administration are not part of the contract.</summary>
    private static bool IsDescribed(string? relativePath) =>
        relativePath is { } path && (path.StartsWith("api/staff/", StringComparison.Ordinal) || path == "api/intake");

    /// <summary>
    /// The same bytes for the same API: no server address (it would be the one that asked), paths and schemas in
    /// ordinal order, so the checked-in file only changes when the API does.
    /// </summary>
    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Serverless.Feedback staff and intake API",
            Version = "v1",
            Description = "The staff console's API (/api/staff/..., signed in; changes need a same-origin Origin and the header X-Requested-With: serverless-feedback) and the public intake API (POST /api/intake).",
        };
        document.Servers = [];

        var paths = new OpenApiPaths();
        foreach (var (key, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths.Add(key, item);
        }

        document.Paths = paths;
        if (document.Components?.Schemas is { } schemas)
        {
            document.Components.Schemas = schemas.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value);
        }
    }
}
