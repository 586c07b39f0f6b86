using System.Text.RegularExpressions;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>Expands <c>%Setting%</c> in binding properties from app settings, as the Functions host does.</summary>
internal static partial class AppSettingExpander
{
    public static string Expand(string value, IConfiguration configuration) =>
        Placeholder().Replace(value, match =>
        {
            var name = match.Groups[1].Value;

            // App settings with "__" are configuration sections; the host reads them the same way.
            var resolved = configuration[name] ?? configuration[name.Replace("__", ":", StringComparison.Ordinal)];
            return resolved ?? throw new InvalidOperationException($"The app setting '{name}' used in function.json ('{value}') is missing.");
        });

    [GeneratedRegex("%([^%]+)%", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
