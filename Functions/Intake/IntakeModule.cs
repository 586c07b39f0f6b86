using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Intake.Mailbox;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Intake;

internal static class IntakeModule
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddStorageLayout(tables: [CustomerStore.TableName, SubmissionClaims.TableName], queueSettings: [QueueSettingNames.Intake], containers: [IntakeRegistrar.AttachmentContainer]);
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<ICaseSettledHook, NewCaseCustomerHook>();
        services.AddSingleton<IntakeValidator>();
        services.AddSingleton<SubmissionClaims>();
        services.AddSingleton<IntakeRegistrar>();

        // A submission id sent again with other content; the web form catches it itself, as it answers with pages.
        services.AddRefusals(e => e is SubmissionIdTakenException taken ? Problem.Conflict(taken.Message + " Use a new id for a new submission.") : null);
        services.AddSingleton<FormFacts>();
        services.AddMailboxIntake();

        // Bound from the validated options, like every other setting, when the CORS and rate-limit services first need them.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<IntakeOptions>>((cors, intake) =>
            cors.AddPolicy(IntakeApiEndpoints.CorsPolicy, policy => policy
                .WithOrigins(intake.Value.CorsOrigins)
                .WithMethods("POST")
                .WithHeaders("Content-Type", "Idempotency-Key")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<IntakeOptions>>((limiter, intake) =>
        {
            var perMinute = intake.Value.SubmissionsPerMinutePerClient;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(IntakeFormEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder app) => app.MapFeedbackForm().MapIntakeApi();

    /// <summary>
    /// Who a rate limit counts: the client's address, or for IPv6 its /64 network (one subscriber is usually given a
    /// whole /64, so counting single addresses would let one client change address for every request). Behind the
    /// Functions host every request comes from loopback; the platform's front end appends the caller to
    /// X-Forwarded-For, which is trusted only from loopback. The last entry is the one the front end wrote: anything
    /// before it came from the client and may be made up.
    /// </summary>
    internal static string ClientAddress(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if ((remote is null || IPAddress.IsLoopback(remote)) && context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded)
        {
            var last = forwarded.Split(',')[^1].Trim();
            if (IPEndPoint.TryParse(last, out var endpoint))
            {
                return Partition(endpoint.Address);
            }
        }

        return remote is null ? "unknown" : Partition(remote);
    }

    private static string Partition(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = "60";
        var l = LanguageChoice.Resolve(http);
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Problem.Of(ProblemCatalogue.TooManyRequests, l["error.rateLimited"]).ExecuteAsync(http);
            return;
        }

        await new RazorComponentResult<MessagePage>(new { L = l, Title = l["form.title"], Message = l["error.rateLimited"], IsError = true, BackUrl = "/feedback", BackText = l["form.title"] })
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
        }.ExecuteAsync(http);
    }
}
