using System.Net;
using AngleSharp.Html.Parser;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Surveys;

/// <summary>The public survey page of a follow-up sent 3 September 2026 to a customer on file without a case.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class SurveyPageTests : AppTest
{
    [Fact]
    public async Task Page_OpenedFromTheMail_IsAPlainAccessibleFormWithOneGroupPerItem()
    {
        var link = await SurveyLinkAsync("en");

        var html = await App.Anonymous().GetStringAsync(link);

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var form = Assert.Single(page.QuerySelectorAll("form"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Empty(page.QuerySelectorAll("script"));
        var groups = page.QuerySelectorAll("fieldset");
        Assert.Equal(["Our products", "Our service"], groups.Select(g => g.QuerySelector("legend")!.FirstChild!.TextContent.Trim()));
        Assert.All(groups, g => Assert.Equal(5, g.QuerySelectorAll("input[type=radio]").Length));
        Assert.All(page.QuerySelectorAll("input[type=radio]"), r => Assert.NotNull(page.QuerySelector($"label[for='{r.Id}']")));
        Assert.NotNull(page.QuerySelector("label[for=comment]"));
    }

    [Fact]
    public async Task Answer_Valid_IsRecordedOnceAndCountsAsAContact()
    {
        var link = await SurveyLinkAsync("zh-CN");
        var client = App.Anonymous();
        App.Clock.SetUtcNow(At(9, 5, 11, 0));

        var answered = await client.PostAsync(Path(link), Form(("lang", "zh-CN"), ("products", "4"), ("service", "2"), ("comment", "交货前请提前通知。")));
        var again = await client.PostAsync(Path(link), Form(("products", "1"), ("service", "1")));
        var thanks = await client.GetStringAsync(answered.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal($"{Path(link)}?done=1&lang=zh-CN", answered.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("您的答卷已记录", new HtmlParser().ParseDocument(thanks).Body!.TextContent, StringComparison.Ordinal);
        var customer = await App.CustomerAsync("maria@example.com");
        Assert.Equal(At(9, 5, 11, 0), customer.LastContactAt);
        var answer = Assert.Single(await App.Get<FollowUpRecords>().ListAsync(customer.Id, CancellationToken.None), e => e.Kind == FollowUpRecords.SurveyAnswered);
        Assert.Equal(new Dictionary<string, int> { ["products"] = 4, ["service"] = 2 }, answer.Scores);
        Assert.Equal("交货前请提前通知。", answer.Note);
    }

    public static TheoryData<string, string[]> BadAnswers => new()
    {
        { "no score for service", ["products", "4"] },
        { "a score of 0", ["products", "0", "service", "3"] },
        { "a score of 6", ["products", "6", "service", "3"] },
        { "a word for a score", ["products", "good", "service", "3"] },
        { "a comment too long", ["products", "4", "service", "3", "comment", new string('x', 2001)] },
        { "control characters", ["products", "4", "service", "3", "comment", "ok\u0007"] },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Answer_Invalid_ShowsTheFormAgainWithTheErrorsAndStoresNothing(string what, string[] fields)
    {
        var link = await SurveyLinkAsync("en");
        var pairs = fields.Chunk(2).Select(p => (p[0], p[1])).ToArray();

        var response = await App.Anonymous().PostAsync(Path(link), Form(pairs));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("#error-summary[role=alert]"));
        Assert.NotEmpty(page.QuerySelectorAll(".field-error"));
        var (invitation, _) = (await App.Get<SurveyStore>().FindAsync(FollowUpApp.Token(link), CancellationToken.None))!.Value;
        Assert.Null(invitation.Answer);
        var customer = await App.CustomerAsync("maria@example.com");
        Assert.DoesNotContain(await App.Get<FollowUpRecords>().ListAsync(customer.Id, CancellationToken.None), e => e.Kind == FollowUpRecords.SurveyAnswered);
        Assert.Equal(At(9, 3, 10, 0), customer.LastContactAt);
    }

    [Fact]
    public async Task Page_UnknownOrExpiredLink_AnswersNotFoundWithoutHintingWhich()
    {
        var link = await SurveyLinkAsync("en");
        var client = App.Anonymous();

        var unknown = await client.GetAsync("/survey/not-a-real-token");
        App.Clock.SetUtcNow(At(11, 30, 10, 0));
        var expired = await client.GetAsync(link);
        var lateAnswer = await client.PostAsync(Path(link), Form(("products", "4"), ("service", "4")));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lateAnswer.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await expired.Content.ReadAsStringAsync());
    }

    /// <summary>The follow-up survey link of a customer on file since 2 March, mailed on 3 September.</summary>
    private async Task<string> SurveyLinkAsync(string language)
    {
        await App.Get<CustomerStore>().FindOrCreateAsync("Maria Lopez", "Iberia Tools", "maria@example.com", null, language);
        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 3, 10, 0));
        return Assert.Single(await App.SurveyMailsAsync("followup")).SurveyLink();
    }

    private static string Path(string link) => link.Split('?')[0];

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
