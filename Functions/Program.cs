using Microsoft.Azure.Functions.Worker.Builder;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Customers.Privacy;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Development;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Health;
using Serverless.Feedback.Hosting;
using Serverless.Feedback.Hosting.Http;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Hosting.OpenApi;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Hosting.Telemetry;
using Serverless.Feedback.Hosting.Worker;
using Serverless.Feedback.Improvements;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Intake.Desk;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Api;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.StaffConsole;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Tracking;

// One app, two hosts (docs/adr/0012-isolated-worker.md).
if (FunctionsWorker.IsStartedByHost(args))
{
    // In Azure: the Functions host starts this process as its isolated worker and owns triggers and HTTP routing.
    Program.BuildWorker(args).Run();
}
else
{
    // Anywhere else (./run.sh, tests, a container): the same app on ASP.NET Core, with a stand-in for the host's triggers.
    var builder = WebApplication.CreateBuilder(args);
    Program.AddApp(builder.Services, builder.Configuration, builder.Environment);
    builder.Services.AddLocalTriggerRunner(builder.Configuration);
    var app = builder.Build();
    Program.UsePipeline(app);
    app.Run();
}

/// <summary>The entry point, public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program
{
    internal static IHost BuildWorker(string[] args)
    {
        var worker = FunctionsApplication.CreateBuilder(args);
        AddApp(worker.Services, worker.Configuration, worker.Environment);
        worker.AddFunctionsWorker(UsePipeline);
        return worker.Build();
    }

    internal static void AddApp(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Platform: telemetry, problem details, JSON, pages, storage, staff sign-in, health.
        services
            .AddSingleton<AppEnvironment>()
            .AddTelemetry(configuration)
            .AddProblems()
            .AddWireJson()
            .AddPublicSite()
            .AddStorage(configuration)
            .AddStaffIdentity()
            .AddSettings()
            .AddApiDocument()
            .AddHealth();

        // Features, in the order a complaint meets them.
        services
            .AddIntake()
            .AddCases()
            .AddDeadlines()
            .AddTracking()
            .AddNotifications(configuration)
            .AddFollowUps()
            .AddImprovements()
            .AddReturns()
            .AddCustomerPrivacy()
            .AddReports();

        // A developer's machine only: sample data and the tools that make a local run observable.
        services.AddDevelopmentTools(configuration, environment);
    }

    internal static void UsePipeline(IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseRouting();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Refused requests (size limits, unreadable forms) keep their 4xx status; storage that is not answering is
            // a 503 the client may repeat; only real failures are 500s.
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when StorageOutage.Is(e) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        app.UseCors();
        app.UseRateLimiter();
        app.UseStaffIdentity();
        app.UseEndpoints(MapEndpoints);
    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        // Local tooling.
        app.MapLocalTriggerRunner();
        app.MapHealth();
        app.MapPublicAssets();
        app.MapDevelopmentTools();

        // Public pages and APIs.
        app.MapIntake();
        app.MapTracking();
        app.MapFollowUps();

        // Staff: the console and its API.
        app.MapConsole();
        app.MapDevelopmentSignIn();
        app.MapStaffApi()
            .MapStaffDirectoryApi()
            .MapCaseApi()
            .MapStaffIntake()
            .MapCaseAttachments()
            .MapReturnApi()
            .MapCustomerApi()
            .MapSettingsApi()
            .MapDeadlinesApi()
            .MapFollowUpApi()
            .MapReportApi()
            .MapApiDocument();
    }
}
