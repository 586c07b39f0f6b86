using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Serverless.Feedback.Localization;

/// <summary>
/// The interface texts in English and Simplified Chinese (embedded <c>en.json</c>, <c>zh-CN.json</c>).
/// A test keeps the two files' keys and placeholders identical.
/// </summary>
public sealed class Texts
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    public static readonly IReadOnlyList<string> Languages = [English, Chinese];

    private static readonly Lazy<Texts> Loaded = new(() => new Texts());

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private Texts()
    {
        _byLanguage = Languages.ToFrozenDictionary(l => l, Load, StringComparer.OrdinalIgnoreCase);
    }

    public static Texts Instance => Loaded.Value;

    public IReadOnlyCollection<string> Keys(string language) => _byLanguage[language].Keys;

    /// <summary>"en" or "zh-CN" for any tag that is one of them or a Chinese variant; English otherwise.</summary>
    public static string Normalise(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public Localizer For(string? language) => new(this, Normalise(language));

    internal string? Find(string language, string key) => _byLanguage[language].TryGetValue(key, out var text) ? text : null;

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream($"Serverless.Feedback.Localization.{language}.json")
            ?? throw new InvalidOperationException($"Texts for {language} are not embedded.");
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        Flatten("", document.RootElement, flat);
        return flat.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Flatten(string prefix, JsonElement element, Dictionary<string, string> into)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(key, property.Value, into);
            }
            else
            {
                into[key] = property.Value.GetString() ?? "";
            }
        }
    }
}

/// <summary>
/// The texts of one language. A missing key shows itself (in brackets) rather than failing a page.
/// Public because Razor components (which are public) take it as a parameter.
/// </summary>
public sealed class Localizer(Texts texts, string language)
{
    public string Language { get; } = language;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language == Texts.Chinese ? "zh-CN" : "en-GB");

    public bool IsChinese => Language == Texts.Chinese;

    public string this[string key] => texts.Find(Language, key) ?? texts.Find(Texts.English, key) ?? $"[{key}]";

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>The label of an enum-like code, e.g. <c>Code("kind", "complaint")</c> → "Complaint" / "投诉".</summary>
    public string Code(string group, string? code) =>
        code is null ? "" : texts.Find(Language, $"{group}.{code}") ?? texts.Find(Texts.English, $"{group}.{code}") ?? code;

    public string Date(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString(IsChinese ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm", Culture);

    public string Date(DateOnly value) => value.ToString(IsChinese ? "yyyy年M月d日" : "d MMM yyyy", Culture);
}
