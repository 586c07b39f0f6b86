using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Serverless.Feedback.Intake;

namespace Serverless.Feedback.Hosting.OpenApi;

/// <summary>Where the schemas the generator infers from the types differ from what goes over the wire.</summary>
internal static class ApiSchemas
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(AttachmentContent))
        {
            // Read from and written as Base64 text by its converter (Base64ContentConverter), not as an object.
            schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "byte";
            schema.Properties = null;
            schema.Required = null;
            schema.Description = "The file's bytes, Base64-encoded.";
        }
        else if (context.JsonPropertyInfo?.CustomConverter is LenientStringConverter)
        {
            schema.Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Null;
        }

        // Nulls are left out when written (WireJson) and a missing nullable field reads as null: such a field is never required.
        if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
        {
            foreach (var (name, property) in properties)
            {
                if (IsNullable(property))
                {
                    required.Remove(name);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true;
}
