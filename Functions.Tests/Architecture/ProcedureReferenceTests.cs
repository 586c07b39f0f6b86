using System.Text.RegularExpressions;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Architecture;

/// <summary>Every "docs/procedure.md §N" or "§N.M" the code and the docs cite names a section or rule that exists.</summary>
public sealed partial class ProcedureReferenceTests
{
    private static readonly string[] Searched = ["Functions", "Functions.Tests", "AdminSite/src", "docs", "README.md", "SECURITY.md", "AdminSite/README.md"];

    [Fact]
    public void References_ToTheProcedure_NameSectionsAndRulesItHas()
    {
        var rules = Rules(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "procedure.md")));
        var citing = Files().Select(f => (Path: f, Text: File.ReadAllText(f))).Where(f => f.Text.Contains("docs/procedure.md", StringComparison.Ordinal)).ToList();

        var broken = citing
            .SelectMany(f => Citation().Matches(f.Text).SelectMany(c => Section().Matches(c.Groups[1].Value))
                .Select(s => (f.Path, Section: int.Parse(s.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Rule: s.Groups[2].Success ? int.Parse(s.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null)))
            .Where(r => !rules.TryGetValue(r.Section, out var items) || (r.Rule is { } rule && !items.Contains(rule)))
            .Select(r => $"{Path.GetRelativePath(RepositoryRoot.Path, r.Path)}: §{r.Section}{(r.Rule is { } n ? $".{n}" : "")}")
            .Distinct()
            .ToList();

        Assert.True(citing.Count > 100, $"Only {citing.Count} files cite the procedure: was the pattern changed?");
        Assert.True(broken.Count == 0, "References to rules docs/procedure.md does not have:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Code_CitesTheProcedureInTheRepository_NotAnOutsideDocument()
    {
        var outside = Files().Where(f => OutsideDocument().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)).ToList();

        Assert.True(outside.Count == 0, "Cite docs/procedure.md instead:\n" + string.Join('\n', outside));
    }

    /// <summary>Sections (## §N) and the numbers of their rules (lines starting "M. ").</summary>
    private static Dictionary<int, HashSet<int>> Rules(string procedure)
    {
        var rules = new Dictionary<int, HashSet<int>>();
        HashSet<int>? current = null;
        foreach (var line in procedure.Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                current = rules[int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = [];
            }
            else if (current is not null && Item().Match(line) is { Success: true } item)
            {
                current.Add(int.Parse(item.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return rules;
    }

    private static IEnumerable<string> Files() => Searched
        .Select(p => Path.Combine(RepositoryRoot.Path, p))
        .SelectMany(p => File.Exists(p) ? [p] : Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories))
        .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".ts", StringComparison.Ordinal) || f.EndsWith(".vue", StringComparison.Ordinal)
            || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
        .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("node_modules", StringComparison.Ordinal)
            && !f.EndsWith($"{nameof(ProcedureReferenceTests)}.cs", StringComparison.Ordinal));

    [GeneratedRegex(@"docs/procedure\.md((?:[ ,and]*§\d+(?:\.\d+)?(?:[–-]§?\d+(?:\.\d+)?)?)+)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"§(\d+)(?:\.(\d+))?")]
    private static partial Regex Section();

    [GeneratedRegex(@"^## §(\d+) ")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\d+)\. ")]
    private static partial Regex Item();

    [GeneratedRegex(@"\bDOMAIN(\.md)? ?§")]
    private static partial Regex OutsideDocument();
}
