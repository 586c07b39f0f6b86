namespace Serverless.Feedback.Tests.Support;

/// <summary>
/// What a test class needs besides the CPU, as the trait <c>Kind</c> (docs/adr/0060-tests-by-kind.md). A class without
/// the trait is a unit test: no process, no server, no storage; it may read files checked into the repository.
/// <c>./test.sh --fast</c> runs those only.
/// </summary>
public static class TestKind
{
    public const string Name = "Kind";

    /// <summary>Real servers on loopback that the tests start: Azurite, the SMTP test server.</summary>
    public const string Storage = "storage";

    /// <summary>The app in process (WebApplicationFactory), usually on Azurite.</summary>
    public const string App = "app";

    /// <summary>Pages and the console in headless Chromium.</summary>
    public const string Browser = "browser";

    /// <summary>Tools and built artefacts: publishing, the deployment package, the worker process, Bicep, type generation.</summary>
    public const string Packaging = "packaging";
}
