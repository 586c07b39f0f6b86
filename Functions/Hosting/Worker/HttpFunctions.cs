using Microsoft.Azure.Functions.Worker;

namespace Serverless.Feedback.Hosting.Worker;

/// <summary>
/// The HTTP surface as the Functions host routes it: a few catch-all functions, one per area, each handing its
/// request to the app's own pipeline (<see cref="AppPipeline"/>). The endpoints themselves are written once, as
/// minimal-API endpoints in the features. Anonymous at the host: staff pages check the signed-in principal in the app.
/// </summary>
internal sealed class HttpFunctions(AppPipeline app)
{
    [Function("Feedback")]
    public IResult Feedback([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "feedback/{*path}")] HttpRequest req) => app.Handle();

    [Function("TrackingPage")]
    public IResult TrackingPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "track/{*path}")] HttpRequest req) => app.Handle();

    [Function("SurveyPage")]
    public IResult SurveyPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "survey/{*path}")] HttpRequest req) => app.Handle();

    [Function("IntakeApi")]
    public IResult IntakeApi([HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "api/intake")] HttpRequest req) => app.Handle();

    [Function("StaffApi")]
    public IResult StaffApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", Route = "api/staff/{*path}")] HttpRequest req) => app.Handle();

    [Function("ConsoleSite")]
    public IResult ConsoleSite([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/{*path}")] HttpRequest req) => app.Handle();

    [Function("HealthCheck")]
    public IResult HealthCheck([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req) => app.Handle();
}
