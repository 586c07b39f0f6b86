using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Functions;

/// <summary>
/// Azure (the Functions host routing by the functions.metadata the SDK generates) and the app (ASP.NET Core
/// endpoints) must agree: every route a function declares is served, every endpoint is reachable through a
/// function, and every queue and timer function can be run by the local runner. Local-only endpoints are the exception.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed partial class FunctionLayoutConsistencyTests : AppTest
{
    [Fact]
    public void Load_BuildOutput_ReadsEveryFunctionTheSdkGenerated()
    {
        var catalog = FunctionCatalog.Load(AppContext.BaseDirectory);

        Assert.Equal(
            ["ActionFollowUp", "AnnualSurvey", "CaseFollowThrough", "ConsoleSite", "CustomerAnswerFollowUp", "DeadlineSweep", "Feedback", "FollowUpSurvey", "HealthCheck", "Heartbeat",
             "IntakeApi", "IntakeQueue", "MailOutbox", "MailboxIntake", "MonthlySummary", "ReportQueue", "ReturnReviewFollowUp", "StaffApi", "SurveyPage", "TrackingPage", "VerificationFollowUp"],
            catalog.Functions.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("", catalog.Host.HttpRoutePrefix);
    }

    [Fact]
    public void HostJson_ForTheIsolatedWorker_HasNoCustomHandlerOrBundleAndPoisonsAfterFiveTries()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Functions", "host.json")))!.AsObject();

        Assert.False(host.ContainsKey("customHandler"));
        Assert.False(host.ContainsKey("extensionBundle"));
        Assert.Equal(5, (int?)host["extensions"]?["queues"]?["maxDequeueCount"]);
    }

    [Fact]
    public void HttpFunctions_EveryDeclaredRouteAndMethod_IsServedByAnEndpoint()
    {
        var endpoints = AppEndpoints().Where(e => !e.LocalOnly).ToList();
        var missing = new List<string>();
        foreach (var (function, trigger) in HttpFunctions())
        {
            foreach (var method in trigger.Methods)
            {
                var served = endpoints.Any(e => e.Accepts(method) && SamplePaths(e.Pattern).Any(path => Matches(trigger.Route, path)));
                if (!served)
                {
                    missing.Add($"{function.Name}: {method} {trigger.Route}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Function routes and methods with no endpoint behind them:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Endpoints_EveryPublicEndpoint_IsReachableThroughAnHttpFunction()
    {
        var functions = HttpFunctions().ToList();
        var unreachable = new List<string>();
        foreach (var endpoint in AppEndpoints().Where(e => !e.LocalOnly))
        {
            foreach (var method in endpoint.Methods)
            {
                var path = SamplePaths(endpoint.Pattern).First();
                var routedBy = functions.Where(f => f.Trigger.Methods.Contains(method) && Matches(f.Trigger.Route, path)).ToList();
                if (routedBy.Count != 1)
                {
                    unreachable.Add($"{method} /{endpoint.Pattern.RawText?.TrimStart('/')} → {routedBy.Count} functions ({string.Join(", ", routedBy.Select(f => f.Function.Name))})");
                }
            }
        }

        Assert.True(unreachable.Count == 0, "Endpoints not routed by exactly one function:\n" + string.Join("\n", unreachable));
    }

    [Fact]
    public void QueueAndTimerFunctions_EachRunsInTheLocalRunner()
    {
        var catalog = App.Get<FunctionCatalog>();
        var runner = App.Get<LocalTriggerRunner>();
        var triggered = catalog.Functions.Where(f => f.Trigger is QueueFunctionTrigger or TimerFunctionTrigger).Select(f => f.Name).Order().ToList();

        Assert.Equal(14, triggered.Count);
        Assert.Equal(triggered, runner.QueueListeners.Select(l => l.FunctionName).Concat(runner.TimerListeners.Select(t => t.FunctionName)).Order());
    }

    [Fact]
    public void FunctionsMetadata_EverySettingItNames_IsDefinedInAppSettings()
    {
        var appSettings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Functions", "appsettings.json")))!.AsObject();
        var named = SettingReference().Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FunctionCatalog.MetadataFileName)))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.Equal(12, named.Count);
        Assert.All(named, setting => Assert.True(appSettings.ContainsKey(setting), $"functions.metadata uses %{setting}% but appsettings.json does not define it."));
    }

    private IEnumerable<(FunctionDefinition Function, HttpFunctionTrigger Trigger)> HttpFunctions() =>
        App.Get<FunctionCatalog>().Functions
            .Where(f => f.Trigger is HttpFunctionTrigger)
            .Select(f => (f, (HttpFunctionTrigger)f.Trigger));

    private List<AppEndpoint> AppEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => new AppEndpoint(
                e.RoutePattern,
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.AcceptCorsPreflight ?? false,
                e.Metadata.GetMetadata<LocalOnlyEndpointAttribute>() is not null))
            .ToList();

    /// <summary>Concrete paths a pattern matches: parameters filled in, a catch-all both empty and not.</summary>
    private static IEnumerable<string> SamplePaths(RoutePattern pattern)
    {
        var full = "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Sample))));
        yield return full;
        if (pattern.Parameters.Any(p => p.IsCatchAll))
        {
            var segments = pattern.PathSegments.Where(s => !s.Parts.Any(p => p is RoutePatternParameterPart { IsCatchAll: true }));
            yield return "/" + string.Join("/", segments.Select(s => string.Concat(s.Parts.Select(Sample))));
        }
    }

    private static string Sample(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart { IsCatchAll: true } => "x/y",
        RoutePatternParameterPart => "sample",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => "",
    };

    private static bool Matches(string template, string path) =>
        new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary());

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex SettingReference();

    private sealed record AppEndpoint(RoutePattern Pattern, IReadOnlyList<string> Methods, bool CorsPreflight, bool LocalOnly)
    {
        public bool Accepts(string method) =>
            Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase) || (CorsPreflight && method == "OPTIONS");
    }
}
