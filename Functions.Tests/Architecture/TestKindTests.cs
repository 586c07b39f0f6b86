using System.Text.RegularExpressions;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Architecture;

/// <summary>
/// <c>./test.sh --fast</c> runs the classes without a <see cref="TestKind"/> trait. A class that starts a browser, a
/// process, the app or a server must say so, or the fast run would be neither fast nor free of I/O.
/// </summary>
public sealed partial class TestKindTests
{
    /// <summary>What the code of a test file shows it needs, heaviest first.</summary>
    private static readonly (string Kind, Regex Marker)[] Markers =
    [
        (TestKind.Browser, BrowserMarker()),
        (TestKind.Packaging, PackagingMarker()),
        (TestKind.App, AppMarker()),
        (TestKind.Storage, StorageMarker()),
    ];

    [Fact]
    public void EveryTestFile_ThatNeedsMoreThanTheCpu_DeclaresItsKind()
    {
        var root = Path.Combine(RepositoryRoot.Path, "Functions.Tests");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != $"{nameof(TestKindTests)}.cs")
            .Select(f => (Path: f, Text: File.ReadAllText(f)))
            .ToList();
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, text) in files)
        {
            if (ClassName().Match(text) is { Success: true } cls && DeclaredKind().Match(text) is { Success: true } kind)
            {
                declared[cls.Groups[1].Value] = kind.Groups[1].Value.ToLowerInvariant();
            }
        }

        var wrong = new List<string>();
        foreach (var (path, text) in files.Where(f => TestMethod().IsMatch(f.Text)))
        {
            var needed = Markers.FirstOrDefault(m => m.Marker.IsMatch(text)).Kind;
            var cls = ClassName().Match(text).Groups[1].Value;
            var has = declared.GetValueOrDefault(cls);
            if (needed is not null && has != needed)
            {
                wrong.Add($"{Path.GetRelativePath(root, path)}: needs [Trait(TestKind.Name, TestKind.{char.ToUpperInvariant(needed[0])}{needed[1..]})], has {has ?? "none"}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [GeneratedRegex(@"\[(Fact|Theory|Property)\b")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"^public (?:sealed |abstract )?(?:partial )?class (\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassName();

    [GeneratedRegex(@"\[Trait\(TestKind\.Name, TestKind\.(\w+)\)\]")]
    private static partial Regex DeclaredKind();

    [GeneratedRegex(@"NewPageAsync|NewContextAsync|: SubmittedComplaintTest\b|\bBrowser\.")]
    private static partial Regex BrowserMarker();

    [GeneratedRegex(@"Tool\.RunAsync|BicepCli|StandIn|PublishedApp\b")]
    private static partial Regex PackagingMarker();

    [GeneratedRegex(@"\bFeedbackApp\b|WebApplicationFactory|: AppTest\b")]
    private static partial Regex AppMarker();

    [GeneratedRegex(@"\bAzurite\b|StorageTestAccount|TestSmtpServer|LoopbackServer")]
    private static partial Regex StorageMarker();
}
