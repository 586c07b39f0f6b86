using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Tests.Support;

/// <summary>What tests do with a running <see cref="FeedbackApp"/>: drive its queues and timers, sign staff in, read the outbox.</summary>
internal static class FeedbackAppExtensions
{
    /// <summary>Runs a queue function until its queue is empty (messages that failed stay hidden for the visibility timeout).</summary>
    public static async Task<int> DrainAsync(this FeedbackApp app, string functionName, int maxRounds = 20)
    {
        var listener = app.Get<LocalTriggerRunner>().QueueListeners.Single(l => l.FunctionName == functionName);
        var total = 0;
        for (var round = 0; round < maxRounds; round++)
        {
            var received = await listener.PollOnceAsync(CancellationToken.None);
            if (received == 0)
            {
                return total;
            }

            total += received;
        }

        throw new InvalidOperationException($"{functionName} still had messages after {maxRounds} rounds.");
    }

    /// <summary>
    /// Finishes what new cases left to the CaseFollowThrough queue (their index rows, mail, customer file), as the
    /// function does moments after a registration answers.
    /// </summary>
    public static Task<int> SettleAsync(this FeedbackApp app) => app.DrainAsync(CaseFollowThroughFunction.Name);

    /// <summary>Settles new cases, sends every queued mail (the MailOutbox function) and returns what is in the pickup folder, newest first.</summary>
    public static async Task<IReadOnlyList<DecodedMail>> SendMailAsync(this FeedbackApp app)
    {
        await app.SettleAsync();
        await app.DrainAsync("MailOutbox");
        return await app.OutboxAsync();
    }

    public static async Task<IReadOnlyList<DecodedMail>> OutboxAsync(this FeedbackApp app)
    {
        var reader = app.Get<IOutboxReader>();
        var mails = new List<DecodedMail>();
        foreach (var entry in reader.List())
        {
            mails.Add(await reader.ReadDecodedAsync(entry.FileName, CancellationToken.None));
        }

        return mails;
    }

    /// <summary>Fires a timer function now, as <c>POST /admin/functions/{name}</c> does.</summary>
    public static Task FireTimerAsync(this FeedbackApp app, string functionName) =>
        app.Get<LocalTriggerRunner>().TimerListeners.Single(t => t.FunctionName == functionName).RunNowAsync(CancellationToken.None);

    /// <summary>Adds a person to the staff directory.</summary>
    public static async Task<StaffMember> AddStaffAsync(
        this FeedbackApp app, string id, string department, string language = "zh-CN", params StaffRole[] roles)
    {
        var member = new StaffMember
        {
            Id = id,
            Email = $"{id}@example.com",
            Name = id,
            Department = department,
            Roles = roles.Length == 0 ? [StaffRole.Staff] : roles,
            Language = language,
        };
        await app.Get<StaffDirectory>().SaveAsync(member, ifMatch: null);
        return member;
    }

    /// <summary>An HTTP client signed in as <paramref name="staffId"/> through the development sign-in, with the CSRF headers the console sends.</summary>
    public static async Task<HttpClient> SignInAsync(this FeedbackApp app, string staffId)
    {
        var client = app.CreateDefaultClient(new SettlingHandler(app), new CookieContainerHandler());
        var response = await client.PostAsync("/dev/sign-in", new FormUrlEncodedContent([new("id", staffId)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {staffId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        client.DefaultRequestHeaders.Add(CsrfEndpointFilter.HeaderName, CsrfEndpointFilter.HeaderValue);
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    /// <summary>A client with no cookies, as a customer's browser.</summary>
    public static HttpClient Anonymous(this FeedbackApp app) => app.CreateDefaultClient(new SettlingHandler(app));

    public static IServiceScope Scope(this FeedbackApp app) => app.Services.CreateScope();

    /// <summary>
    /// After each change a client sends, lets the queued follow-up of new cases run, as the CaseFollowThrough function
    /// does moments later in a running app: what the test reads next is settled. (Tests of the moment before use a
    /// plain client.)
    /// </summary>
    private sealed class SettlingHandler(FeedbackApp app) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            // A refused change (4xx, 5xx) stored nothing to settle; storage may even be down.
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && (int)response.StatusCode < 400)
            {
                await app.SettleAsync();
            }

            return response;
        }
    }
}
