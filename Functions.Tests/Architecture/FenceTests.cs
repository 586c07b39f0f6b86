using System.Reflection;
using NetArchTest.Rules;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Tests.Architecture;

/// <summary>
/// The fences of docs/architecture.md, checked over the compiled app: infrastructure knows no feature and not
/// the host; the host knows features only through the seams named here.
/// </summary>
public sealed class FenceTests
{
    private const string Root = "Serverless.Feedback";

    private static readonly Assembly App = typeof(StorageLayout).Assembly;

    /// <summary>Storage, mail, the PDF writer, message catalogues and cron schedules: no business rule in them.</summary>
    public static TheoryData<string> Infrastructure() => ["Storage", "Mail", "Pdf", "Localization", "Scheduling"];

    /// <summary>The product's areas, by the folders they live in.</summary>
    private static readonly string[] Features =
    [
        "Cases", "Customers", "Deadlines", "Development", "FollowUps", "Health", "Improvements", "Intake",
        "Notifications", "PublicSite", "Reports", "Returns", "Settings", "Staff", "StaffConsole", "Tracking",
    ];

    /// <summary>
    /// Where the host reaches into a feature, each on purpose: the intake body's OpenAPI description (the body is read
    /// by hand, and a quantity may come as text), the local-only marker the development sign-in also uses, and the
    /// public site's address deciding HSTS.
    /// </summary>
    private static readonly string[] HostingSeams =
    [
        $"{Root}.Intake.AttachmentContent",
        $"{Root}.Intake.IntakeRequest",
        $"{Root}.Intake.LenientStringConverter",
        $"{Root}.Staff.Identity.LocalOnlyEndpointAttribute",
        $"{Root}.PublicSite.PublicSiteOptions",
    ];

    [Theory]
    [MemberData(nameof(Infrastructure))]
    public void Infrastructure_DependsOnNoFeatureAndNotOnTheHost(string area)
    {
        var result = Types.InAssembly(App)
            .That().ResideInNamespace($"{Root}.{area}")
            .ShouldNot().HaveDependencyOnAny([.. Features.Select(f => $"{Root}.{f}"), $"{Root}.Hosting"])
            .GetResult();

        Assert.True(result.LoadedTypes.Any(), $"No types in {Root}.{area}: was the folder renamed?");
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Hosting_UsesFeaturesOnlyThroughItsNamedSeams()
    {
        var featureTypes = App.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } ns && Features.Any(f => ns == $"{Root}.{f}" || ns.StartsWith($"{Root}.{f}.", StringComparison.Ordinal)))
            .Select(t => t.FullName!)
            .Where(name => !name.Contains('<', StringComparison.Ordinal) && !HostingSeams.Contains(name))
            .ToArray();

        var result = Types.InAssembly(App)
            .That().ResideInNamespace($"{Root}.Hosting")
            .ShouldNot().HaveDependencyOnAny(featureTypes)
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    private static string Describe(TestResult result) =>
        "Crossed a fence (docs/architecture.md):\n" + string.Join('\n', (result.FailingTypes ?? []).Select(t => $"{t.FullName}: {t.Explanation}"));
}
