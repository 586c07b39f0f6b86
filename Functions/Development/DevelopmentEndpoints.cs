using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Development;

/// <summary>
/// <c>/dev/clock</c> (see and step the development clock) and <c>/dev/outbox</c> (read the mail the pickup
/// sender wrote). Mapped only on a developer's machine; no function routes to them in Azure.
/// </summary>
internal static class DevelopmentEndpoints
{
    public static IEndpointRouteBuilder MapDevelopmentTools(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/dev").WithMetadata(new LocalOnlyEndpointAttribute()).DisableAntiforgery();
        if (app.ServiceProvider.GetService<DevelopmentClock>() is not null)
        {
            group.MapGet("/clock", GetClock);
            group.MapPost("/clock", AdvanceClock);
        }

        if (app.ServiceProvider.GetService<DevelopmentOutbox>() is not null)
        {
            group.MapGet("/outbox", ListOutboxAsync);
            group.MapGet("/outbox/{file}", ShowMailAsync);
            group.MapGet("/outbox/{file}/raw", RawMailAsync);
        }

        return app;
    }

    private static Ok<ClockView> GetClock(DevelopmentClock clock) => TypedResults.Ok(ClockView.Of(clock));

    /// <summary>Body <c>{"advance": "PT4H"}</c> (ISO 8601 duration) or <c>{"advance": "1.00:00:00"}</c>.</summary>
    private static Results<Ok<ClockView>, ProblemHttpResult> AdvanceClock(ClockChange change, DevelopmentClock clock)
    {
        if (!TryParseDuration(change.Advance, out var by) || by <= TimeSpan.Zero || by > TimeSpan.FromDays(400))
        {
            return Problem.Invalid("Say how far to move the clock: send {\"advance\": \"PT4H\"} (an ISO 8601 duration, or d.hh:mm:ss) between one second and 400 days; the clock only moves forward.");
        }

        clock.Advance(by);
        return TypedResults.Ok(ClockView.Of(clock));
    }

    private static async Task<RazorComponentResult> ListOutboxAsync(DevelopmentOutbox outbox, CancellationToken cancellationToken) =>
        new RazorComponentResult<OutboxPage>(new { Mails = await outbox.ListAsync(cancellationToken) });

    private static async Task<Results<RazorComponentResult, NotFound>> ShowMailAsync(string file, DevelopmentOutbox outbox, CancellationToken cancellationToken)
    {
        try
        {
            return new RazorComponentResult<OutboxMailPage>(new { Mail = await outbox.ReadAsync(file, cancellationToken) });
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> RawMailAsync(string file, IOutboxReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.File(await reader.ReadAsync(file, cancellationToken), "message/rfc822", file);
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException)
        {
            return TypedResults.NotFound();
        }
    }

    private static bool TryParseDuration(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.StartsWith('P'))
        {
            try
            {
                value = XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);
    }

    internal sealed record ClockChange(string? Advance);

    internal sealed record ClockView(DateTimeOffset Now, string Offset)
    {
        public static ClockView Of(DevelopmentClock clock) => new(clock.GetUtcNow(), clock.Offset.ToString("c", CultureInfo.InvariantCulture));
    }
}
