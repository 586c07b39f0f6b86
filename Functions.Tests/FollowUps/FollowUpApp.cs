using System.Text.RegularExpressions;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.FollowUps;

/// <summary>What the follow-up tests do with a running app: survey mails and their links, customers on file.</summary>
internal static partial class FollowUpApp
{
    /// <summary>Sends what the outbox holds and answers the survey mails whose id starts with <paramref name="prefix"/> ("followup", "annual").</summary>
    public static async Task<IReadOnlyList<DecodedMail>> SurveyMailsAsync(this FeedbackApp app, string prefix) =>
        [.. (await app.SendMailAsync()).Where(m => m.MessageId?.StartsWith("<" + prefix + "-", StringComparison.Ordinal) == true)];

    /// <summary>The private survey link of a mail, as a path with its query ("/survey/…?lang=…").</summary>
    public static string SurveyLink(this DecodedMail mail) => SurveyUrl().Match(mail.Text ?? "") is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("The mail has no survey link: " + mail.Text);

    public static string Token(string link) => link.Split('/', '?')[2];

    public static async Task<Customer> CustomerAsync(this FeedbackApp app, string email) =>
        await app.Get<CustomerStore>().FindByEmailAsync(email) ?? throw new InvalidOperationException($"No customer {email}.");

    /// <summary>Changes a customer on file, as the customer file in the console would (tier, main customer).</summary>
    public static async Task<Customer> ChangeCustomerAsync(this FeedbackApp app, string email, Func<Customer, Customer> change)
    {
        var store = app.Get<CustomerStore>();
        var (customer, etag) = (await store.GetAsync((await app.CustomerAsync(email)).Id))!.Value;
        var changed = change(customer);
        await store.SaveAsync(changed, etag);
        return changed;
    }

    /// <summary>
    /// Before an annual survey: the usual people (<see cref="DeadlineApp.AddPeopleAsync"/>), qhead owning its corrective
    /// actions, and Anna Berg (main customer, English), 白雪 (main customer and tier A, Chinese) and Carl Ode (neither).
    /// </summary>
    public static async Task PrepareAnnualSurveyAsync(this FeedbackApp app)
    {
        await app.AddPeopleAsync();
        await app.Get<SettingsStore>().SaveAsync(FollowUpSettings.Default with { CorrectiveActionOwnerId = "qhead" }, 0, Actor.System("test"));
        var customers = app.Get<CustomerStore>();
        await customers.FindOrCreateAsync("Anna Berg", "Berg AB", "a@example.com", null, "en");
        await customers.FindOrCreateAsync("白雪", "华东精密", "b@example.com", null, "zh-CN");
        await customers.FindOrCreateAsync("Carl Ode", null, "c@example.com", null, "en");
        await app.ChangeCustomerAsync("a@example.com", c => c with { MainCustomer = true });
        await app.ChangeCustomerAsync("b@example.com", c => c with { MainCustomer = true, Tier = CustomerTier.A });
    }

    /// <summary>Answers an annual survey as the customer's browser posts the form: 4 of 5 for everything but packaging (2), and a suggestion.</summary>
    public static Task<HttpResponseMessage> AnswerPackagingIsPoorAsync(this HttpClient customer, string link) =>
        customer.PostAsync(link.Split('?')[0], new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productQuality"] = "4",
            ["packaging"] = "2",
            ["delivery"] = "5",
            ["service"] = "4",
            ["price"] = "4",
            ["comment"] = "Stronger cartons, please.",
        }));

    /// <summary>Answers an annual survey with the given scores for product quality and delivery, 4 for the rest, and the suggestion given.</summary>
    public static Task<HttpResponseMessage> AnswerAnnualAsync(this HttpClient customer, string link, int productQuality, int delivery, string comment = "") =>
        customer.PostAsync(link.Split('?')[0], new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productQuality"] = productQuality.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["packaging"] = "4",
            ["delivery"] = delivery.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["service"] = "4",
            ["price"] = "4",
            ["comment"] = comment,
        }));

    /// <summary>A follow-up survey sent to a customer on file on 10 October 2026 (open until 10 December), as the semi-annual sweep sends it.</summary>
    public static async Task<Serverless.Feedback.FollowUps.Surveys.SurveyInvitation> FollowUpSurveyAsync(this FeedbackApp app, Customer customer)
    {
        var sent = new DateTimeOffset(2026, 10, 10, 10, 0, 0, TimeSpan.FromHours(8));
        var invitation = Serverless.Feedback.FollowUps.Surveys.SurveyInvitation.Create(
            Serverless.Feedback.FollowUps.Surveys.SurveyKind.FollowUp, customer.Id, customer.Name, customer.Language, sent, sent.AddMonths(2));
        await app.Get<Serverless.Feedback.FollowUps.Surveys.SurveyStore>().SaveAsync(invitation, CancellationToken.None);
        return invitation;
    }

    /// <summary>Answers a follow-up survey as the customer's browser posts the form.</summary>
    public static Task<HttpResponseMessage> AnswerFollowUpAsync(this HttpClient customer, string token, int products, int service, string comment = "") =>
        customer.PostAsync($"/survey/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["products"] = products.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["service"] = service.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["comment"] = comment,
        }));

    /// <summary>
    /// The 2026 survey goes to the two main customers on 15 October; Anna Berg answers on the 20th (packaging 2 of 5)
    /// through the app on Kestrel, as a browser test's customer would; it closes on 14 November and opens a case for packaging.
    /// </summary>
    public static async Task SurveyOfTwoAnsweredByOneAsync(this FeedbackApp app)
    {
        await app.PrepareAnnualSurveyAsync();
        await app.FireTimerAtAsync(Serverless.Feedback.FollowUps.Annual.AnnualSurveyFunction.Name, new DateTimeOffset(2026, 10, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        var link = (await app.SurveyMailsAsync("annual")).Single(m => m.Recipient() == "a@example.com").SurveyLink();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        using var customer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        var answered = await customer.AnswerPackagingIsPoorAsync(link);
        if (answered.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The answer was refused: {answered.StatusCode}.");
        }

        await app.FireTimerAtAsync(Serverless.Feedback.FollowUps.Annual.AnnualSurveyFunction.Name, new DateTimeOffset(2026, 11, 14, 10, 30, 0, TimeSpan.FromHours(8)));
    }

    [GeneratedRegex(@"https?://[^/\s]+(/survey/[A-Za-z0-9_\-]+\?lang=[A-Za-z\-]+)")]
    private static partial Regex SurveyUrl();
}
