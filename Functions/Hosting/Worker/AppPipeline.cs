namespace Serverless.Feedback.Hosting.Worker;

/// <summary>
/// The app's own request pipeline (middleware and endpoint routing), built once from the same code that
/// configures the plain ASP.NET Core host, so under the Functions host every request meets exactly the
/// endpoints, filters and error handling it meets anywhere else.
/// </summary>
internal sealed class AppPipeline(IServiceProvider services, Action<IApplicationBuilder> configure)
{
    private readonly Lazy<RequestDelegate> _pipeline = new(() =>
    {
        var app = new ApplicationBuilder(services);
        configure(app);
        return app.Build();
    });

    /// <summary>Builds the pipeline now, so a broken endpoint registration fails start-up rather than a request.</summary>
    public void EnsureBuilt() => _ = _pipeline.Value;

    /// <summary>
    /// The result an HTTP function returns: it hands the request to the app. The worker already matched the
    /// request to the catch-all function and set that endpoint and its route values; they are cleared so the
    /// app's routing chooses its own endpoint, as if nothing had come before.
    /// </summary>
    public IResult Handle() => new Handoff(_pipeline.Value);

    private sealed class Handoff(RequestDelegate pipeline) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.SetEndpoint(null);
            httpContext.Request.RouteValues.Clear();
            return pipeline(httpContext);
        }
    }
}
