using System.Text.RegularExpressions;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>
/// Blob metadata travels as <c>x-ms-meta-{name}</c> headers, so names must be ASCII identifiers and values
/// printable ASCII; anything else is refused here rather than mangled on the wire.
/// </summary>
internal static partial class BlobMetadata
{
    public static Dictionary<string, string>? Validate(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return null;
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
        }

        return new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
