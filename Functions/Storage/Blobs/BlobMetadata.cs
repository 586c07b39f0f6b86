using System.Text.RegularExpressions;
using Azure;
using Azure.Core;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>
/// Blob metadata travels as <c>x-ms-meta-{name}</c> headers, so names must be ASCII identifiers and values
/// printable ASCII; anything else is refused here rather than mangled on the wire.
/// </summary>
internal static partial class BlobMetadata
{
    private const string Prefix = "x-ms-meta-";

    public static void Apply(Request request, IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var (name, value) in metadata)
        {
            if (!NamePattern().IsMatch(name))
            {
                throw new ArgumentException($"Metadata name '{name}' must be an ASCII identifier (letters, digits, underscores; not starting with a digit).", nameof(metadata));
            }

            if (value is null || value.Any(c => c is < ' ' or > '~') || value.Trim().Length != value.Length)
            {
                throw new ArgumentException($"Metadata value for '{name}' must be printable ASCII without leading or trailing spaces; encode other text first.", nameof(metadata));
            }

            request.Headers.SetValue(Prefix + name, value);
        }
    }

    public static IReadOnlyDictionary<string, string> Read(Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[Prefix.Length..]] = header.Value;
            }
        }

        return metadata;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
