using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// The identifying values of one customer (name, company, e-mail, phone, the names of files they sent) and how
/// they are removed from text: every occurrence, in any case, becomes <see cref="Placeholder"/>. Free text is
/// scrubbed of these values only; a partial name or an address typed into a description is not recognised.
/// </summary>
internal sealed partial class PersonalValues
{
    /// <summary>What stands where a personal value was: the same in every language, so stored data stays language-neutral.</summary>
    public const string Placeholder = "(anonymised)";

    private readonly Regex? _pattern;

    private PersonalValues(Regex? pattern) => _pattern = pattern;

    public static PersonalValues Of(IEnumerable<string?> values)
    {
        var usable = values
            .Select(v => v?.Trim())
            .OfType<string>()
            .Where(IsUsable)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(v => v.Length)
            .Select(Alternative)
            .ToList();
        return new PersonalValues(usable.Count == 0
            ? null
            : new Regex(string.Join('|', usable), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    public string Scrub(string text) => _pattern is null ? text : _pattern.Replace(text, Placeholder);

    /// <summary>Whether <paramref name="text"/> holds any of the values, as they were typed or as JSON escapes them.</summary>
    public bool Mentions(string text) => _pattern is not null && (_pattern.IsMatch(text) || _pattern.IsMatch(JsonEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString())));

    public string? ScrubOrNull(string? text) => text is null ? null : Scrub(text);

    /// <summary>
    /// A copy of <paramref name="node"/> with every string scrubbed, except strings that are codes or dates
    /// (<c>productQuality</c>, <c>2026-03-01T…</c>): those carry no personal data and must keep their meaning.
    /// </summary>
    public JsonNode? Scrub(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Scrub(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Scrub)]),
        JsonValue v when v.TryGetValue<string>(out var text) && !IsStructured(text) => JsonValue.Create(Scrub(text)),
        _ => node?.DeepClone(),
    };

    // Short Latin values (initials, a two-digit number) would match inside ordinary words and numbers.
    private static bool IsUsable(string value) => value != Placeholder && value.Length >= (value.All(char.IsAscii) ? 4 : 2);

    // A value that starts or ends with a Latin letter or digit matches only as a whole word; CJK text has no spaces to bound it.
    private static string Alternative(string value)
    {
        var start = char.IsAsciiLetterOrDigit(value[0]) ? @"(?<![\p{L}\p{N}])" : "";
        var end = char.IsAsciiLetterOrDigit(value[^1]) ? @"(?![\p{L}\p{N}])" : "";
        return start + Regex.Escape(value) + end;
    }

    private static bool IsStructured(string text) => Code().IsMatch(text) || IsoDate().IsMatch(text);

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex JsonEscape();
}
