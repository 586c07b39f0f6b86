using System.Text.RegularExpressions;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Tests.Localization;

public sealed partial class TextsTests
{
    [Fact]
    public void Keys_EnglishAndChinese_AreTheSame()
    {
        var english = Texts.Instance.Keys(Texts.English).ToHashSet();
        var chinese = Texts.Instance.Keys(Texts.Chinese).ToHashSet();

        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    [Fact]
    public void Placeholders_EveryText_UsesTheSameInBothLanguages()
    {
        var english = Texts.Instance.For(Texts.English);
        var chinese = Texts.Instance.For(Texts.Chinese);

        var mismatched = Texts.Instance.Keys(Texts.English)
            .Where(key => !Placeholders(english[key]).SetEquals(Placeholders(chinese[key])))
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Chinese_EveryText_IsTranslated()
    {
        var english = Texts.Instance.For(Texts.English);
        var chinese = Texts.Instance.For(Texts.Chinese);

        // Texts that are the same in both (names, codes, formats) are fine; prose must not be left in English.
        var untranslated = Texts.Instance.Keys(Texts.English)
            .Where(key => english[key] == chinese[key] && english[key].Count(char.IsLetter) > 12)
            .ToList();

        Assert.Empty(untranslated);
    }

    [Theory]
    [InlineData("zh", Texts.Chinese)]
    [InlineData("zh-Hans-CN", Texts.Chinese)]
    [InlineData("zh-TW", Texts.Chinese)]
    [InlineData("en-GB", Texts.English)]
    [InlineData("fr", Texts.English)]
    [InlineData(null, Texts.English)]
    public void Normalise_LanguageTag_PicksEnglishOrChinese(string? tag, string expected) =>
        Assert.Equal(expected, Texts.Normalise(tag));

    [Fact]
    public void Indexer_UnknownKey_ShowsTheKeyInsteadOfFailing() =>
        Assert.Equal("[no.such.key]", Texts.Instance.For(Texts.English)["no.such.key"]);

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
