using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Resources;

namespace Serverless.Feedback.Hosting.Telemetry;

internal static class TelemetryExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// The app's metrics, and — only when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set — OpenTelemetry traces,
    /// metrics and logs exported to Application Insights: ASP.NET Core requests, outgoing HTTP (storage, mail), the
    /// Azure SDKs, each queue and timer invocation, and the business counters. Without it nothing leaves the process.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<FeedbackMetrics>();
        if (configuration[ConnectionStringSetting] is not { Length: > 0 } connectionString)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Serverless.Feedback", serviceVersion: ThisAssembly.Version))
            .WithTracing(tracing => tracing.AddSource(FunctionTelemetry.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(FeedbackMetrics.MeterName))
            .UseAzureMonitor(options =>
            {
                options.ConnectionString = connectionString;
                options.Credential = Credential(configuration[AuthenticationStringSetting]);
            });
        return services;
    }

    /// <summary>
    /// <c>Authorization=AAD</c> (the system identity) or <c>Authorization=AAD;ClientId=…</c> (a user-assigned one), as
    /// the Functions host reads the same setting; with Entra authentication the resource can refuse instrumentation keys.
    /// </summary>
    internal static TokenCredential? Credential(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return null;
        }

        var parts = authenticationString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var kind) || !kind.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{AuthenticationStringSetting} must be 'Authorization=AAD' or 'Authorization=AAD;ClientId=<client id>'.");
        }

        return parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
