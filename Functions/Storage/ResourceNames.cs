using System.Text.RegularExpressions;

namespace Serverless.Feedback.Storage;

/// <summary>Queue and container names share one rule: 3-63 lowercase letters, digits and single hyphens.</summary>
internal static partial class ResourceNames
{
    public static string Validate(string name, string kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Pattern().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a valid {kind} name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.", nameof(name));
        }

        return name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex Pattern();
}
