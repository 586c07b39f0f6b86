using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Problems;

public sealed partial class ProblemCatalogueTests
{
    public static TheoryData<string> Kinds() => [.. ProblemCatalogue.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Kind_EveryOne_HasItsTitleInEnglishAndChinese(string name)
    {
        var kind = ProblemCatalogue.Named(name)!;

        var english = Texts.Instance.For(Texts.English)[kind.TitleKey];
        var chinese = Texts.Instance.For(Texts.Chinese)[kind.TitleKey];

        Assert.Equal(kind.Title, english);
        Assert.DoesNotContain('[', chinese);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void NameOf_TheKindsType_GivesItsNameBack(string name)
    {
        var kind = ProblemCatalogue.Named(name)!;

        Assert.Equal(name, ProblemKind.NameOf(kind.Type));
        Assert.StartsWith("tag:serverless.feedback,2026:problem:", kind.Type, StringComparison.Ordinal);
    }

    [Fact]
    public void ForStatus_EveryStatusInTheCatalogue_GivesAKindWithThatStatus()
    {
        foreach (var status in ProblemCatalogue.All.Select(k => k.Status).Distinct())
        {
            Assert.Equal(status, ProblemCatalogue.ForStatus(status)?.Status);
        }

        Assert.Null(ProblemCatalogue.ForStatus(StatusCodes.Status418ImATeapot));
        Assert.Equal(ProblemCatalogue.All.Count, ProblemCatalogue.All.Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void ForStatus_AStatusOutsideTheCatalogue_KeepsTheStatusWithoutInventingATitle()
    {
        var problem = Problem.ForStatus(StatusCodes.Status418ImATeapot, "No tea.");

        Assert.Equal(StatusCodes.Status418ImATeapot, problem.StatusCode);
        Assert.Equal("No tea.", problem.ProblemDetails.Detail);
    }

    /// <summary>One way to say "problem": titles come from the catalogue only, so no endpoint writes its own.</summary>
    [Fact]
    public void Sources_OutsideTheCatalogue_WriteNoProblemOfTheirOwn()
    {
        var functions = Path.Combine(RepositoryRoot.Path, "Functions");
        var catalogue = Path.Combine(functions, "Hosting", "Problems");
        var inline = Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(catalogue, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => InlineProblem().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(RepositoryRoot.Path, f)}: {m.Value}"))
            .ToList();

        Assert.True(inline.Count == 0, "Say it with Problem.* (Functions/Hosting/Problems):\n" + string.Join('\n', inline));
    }

    [GeneratedRegex(@"\b(?:TypedResults|Results)\.(?:Problem|ValidationProblem)\(|new ProblemDetails\b|ProblemDetails = \{|ProblemDetails\.Title = ")]
    private static partial Regex InlineProblem();
}
