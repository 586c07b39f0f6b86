using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Customers.Privacy;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Development;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Health;
using Serverless.Feedback.Hosting;
using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Api;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.StaffConsole;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Tracking;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

// Platform: the custom-handler protocol, storage, and the stand-in for the Functions host on a laptop.
builder.AddFunctionsCustomHandler();
builder.Services
    .AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Fill)
    .AddWireJson()
    .AddPublicSite()
    .AddStorage(configuration)
    .AddLocalTriggerRunner(configuration)
    .AddStaffIdentity()
    .AddHealth();

// Features, in the order a complaint meets them.
builder.Services
    .AddIntake(configuration)
    .AddCases()
    .AddDeadlines()
    .AddTracking()
    .AddNotifications(configuration)
    .AddFollowUps()
    .AddCustomerPrivacy()
    .AddReports();

// A developer's machine only: sample data and the tools that make a local run observable.
builder.Services.AddDevelopmentTools(configuration, builder.Environment);

var app = builder.Build();

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

// Functions host protocol and local tooling.
app.MapRoot();
app.MapFunctionInvocations();
app.MapLocalTriggerRunner();
app.MapHealth();
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
    .MapCaseAttachments()
    .MapCustomerApi()
    .MapSettingsApi()
    .MapDeadlinesApi()
    .MapFollowUpApi()
    .MapReportApi();

app.Run();

/// <summary>The entry point, public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program;
