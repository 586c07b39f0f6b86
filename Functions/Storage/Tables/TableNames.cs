using System.Text.RegularExpressions;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>The Table service's naming rules, checked before a request is made so mistakes fail with a clear message.</summary>
internal static partial class TableNames
{
    public const int MaxKeyLength = 1024;
    public const int MaxPropertyNameLength = 255;

    public static string ValidateTable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TableNamePattern().IsMatch(name) || name.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid table name: 3-63 letters and digits, starting with a letter, not 'tables'.", nameof(name));
        }

        return name;
    }

    /// <summary>Whether a key could be stored at all; nothing can be found under one that could not.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: <= MaxKeyLength } && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    public static void ValidateKey(string key, string which)
    {
        ArgumentNullException.ThrowIfNull(key, which);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"{which} is longer than {MaxKeyLength} characters.", which);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException($"{which} contains '{(char.IsControl(c) ? $"U+{(int)c:X4}" : c)}', which table keys cannot hold.", which);
            }
        }
    }

    public static void ValidatePropertyName(string name)
    {
        if (name.Length is 0 or > MaxPropertyNameLength || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a valid property name: up to {MaxPropertyNameLength} letters, digits and underscores, not starting with a digit.", nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
