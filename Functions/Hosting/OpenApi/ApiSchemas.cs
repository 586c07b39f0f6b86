using System.Text.Json.Serialization.Metadata;
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
            schema.Type = JsonSchemaType.String;
            schema.Format = "byte";
            schema.Properties = null;
            schema.Required = null;
            schema.Description = "The file's bytes, Base64-encoded.";
            return Task.CompletedTask;
        }

        if (context.JsonPropertyInfo?.CustomConverter is LenientStringConverter)
        {
            // Text, though a number is taken too (a quantity may come either way).
            schema.Type = JsonSchemaType.String | JsonSchemaType.Number;
            return Task.CompletedTask;
        }

        // Numbers are written as numbers; that a quoted number is read too (the web defaults) is leniency, not the contract.
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // Nulls are never written (WireJson) and a field left out reads as null: a nullable field is an optional one,
        // and every other field is always there (a read-only one too, which the generator would call nullable).
        if (schema.Properties is { } properties && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (!properties.TryGetValue(property.Name, out var described))
                {
                    continue;
                }

                if (!property.IsGetNullable)
                {
                    required.Add(property.Name);
                }

                if (WithoutNull(described) is { } withoutNull)
                {
                    properties[property.Name] = withoutNull;
                }
            }

            schema.Required = required.Count > 0 ? required : null;
        }

        return Task.CompletedTask;
    }

    /// <summary>The schema without its null alternative, or null when it had none.</summary>
    private static IOpenApiSchema? WithoutNull(IOpenApiSchema property)
    {
        if (property is OpenApiSchema { Type: { } type } inline && type.HasFlag(JsonSchemaType.Null))
        {
            inline.Type = type & ~JsonSchemaType.Null;
            return inline;
        }

        return property.OneOf is { Count: 2 } oneOf && oneOf.Any(s => s.Type == JsonSchemaType.Null)
            ? oneOf.Single(s => s.Type != JsonSchemaType.Null)
            : null;
    }
}
