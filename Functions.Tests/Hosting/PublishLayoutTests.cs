using System.Text.Json.Nodes;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting;

/// <summary>
/// <c>dotnet publish</c> must produce what the Functions host (runtime dotnet-isolated 10.0) loads: the worker
/// layout with the generated <c>functions.metadata</c>, <c>worker.config.json</c> and the host-side extensions in
/// <c>.azurefunctions/</c>, framework-dependent, with the console build and without development files.
/// </summary>
[Collection(PublishedApp.Collection)]
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class PublishLayoutTests(PublishedApp published)
{
    [Fact]
    public void Publish_Output_HasTheIsolatedWorkerLayout()
    {
        var worker = JsonNode.Parse(File.ReadAllText(Path.Combine(published.Directory, "worker.config.json")))!;

        Assert.Equal("dotnet-isolated", (string?)worker["description"]?["language"]);
        Assert.Equal("Serverless.Feedback.Functions.dll", (string?)worker["description"]?["defaultWorkerPath"]);
        Assert.True(File.Exists(Path.Combine(published.Directory, "host.json")), "host.json is missing");
        Assert.True(File.Exists(Path.Combine(published.Directory, "extensions.json")), "extensions.json is missing");
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(published.Directory, ".azurefunctions"), "Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll"));
        Assert.True(File.Exists(Path.Combine(published.Directory, "wwwroot", "console", "index.html")), "the console build is not published");
        Assert.False(File.Exists(Path.Combine(published.Directory, "libcoreclr.so")), "the app must be framework-dependent");
        Assert.False(File.Exists(Path.Combine(published.Directory, "appsettings.Development.json")), "development settings must not be published");
        Assert.False(File.Exists(Path.Combine(published.Directory, "local.settings.json")), "Core Tools settings must not be published");
    }

    [Fact]
    public void Publish_FunctionsMetadata_ListsEveryFunctionWithItsTriggerAndSettings()
    {
        var catalog = FunctionCatalog.Load(published.Directory);

        string Describe(FunctionDefinition f) => f.Trigger switch
        {
            HttpFunctionTrigger http => $"{f.Name}: http {http.AuthLevel} {string.Join(',', http.Methods)} {http.Route}",
            QueueFunctionTrigger queue => $"{f.Name}: queue {queue.QueueName} on {queue.Connection}",
            TimerFunctionTrigger timer => $"{f.Name}: timer {timer.Schedule}",
            _ => f.Name,
        };

        Assert.Equal(
            [
                "ActionFollowUp: timer %DeadlineSweepSchedule%",
                "AnnualSurvey: timer %AnnualSurveySchedule%",
                "CaseFollowThrough: queue %CaseFollowThroughQueue% on Storage",
                "ConsoleSite: http Anonymous GET console/{*path}",
                "CustomerAnswerFollowUp: timer %CustomerAnswerFollowUpSchedule%",
                "DeadlineSweep: timer %DeadlineSweepSchedule%",
                "Feedback: http Anonymous GET,POST feedback/{*path}",
                "FollowUpSurvey: timer %FollowUpSurveySchedule%",
                "HealthCheck: http Anonymous GET health",
                "Heartbeat: timer %HeartbeatSchedule%",
                "IntakeApi: http Anonymous POST,OPTIONS api/intake",
                "IntakeQueue: queue %IntakeQueue% on Storage",
                "MailOutbox: queue %MailOutboxQueue% on Storage",
                "MailboxIntake: timer %MailboxSchedule%",
                "MonthlySummary: timer %MonthlySummarySchedule%",
                "ReportQueue: queue %ReportQueue% on Storage",
                "ReturnReviewFollowUp: timer %DeadlineSweepSchedule%",
                "StaffApi: http Anonymous GET,POST,PUT api/staff/{*path}",
                "SurveyPage: http Anonymous GET,POST survey/{*path}",
                "TrackingPage: http Anonymous GET,POST track/{*path}",
                "VerificationFollowUp: timer %VerificationFollowUpSchedule%",
            ],
            catalog.Functions.Select(Describe).Order(StringComparer.Ordinal));
    }
}

/// <summary>Builds the deployment package once for the collection, with the script a deployment uses (scripts/package.sh).</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public const string Collection = "published app";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sf-publish-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The published folder: what the zip holds.</summary>
    public string Directory => Path.Combine(_root, "functionapp");

    /// <summary>The zip Flex Consumption deploys.</summary>
    public string Zip => Path.Combine(_root, "functionapp.zip");

    public async Task InitializeAsync() =>
        (await Tool.RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "package.sh"), "--output", _root])).EnsureSuccess();

    public Task DisposeAsync()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(PublishedApp.Collection)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>;
