using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary><c>GET /api/staff/cases</c> with the console's filters and paging.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CaseListApiTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("qian.jun", "office", "zh-CN", StaffRole.DeputyGm);
        var clerk = Actor.ForStaff((await App.Get<StaffDirectory>().GetAsync("li.na"))!.Value.Member);
        var cases = App.Get<CaseService>();

        // Twelve cases over two months: quality and sales, minor and major, one closed, one from a repeat customer.
        for (var i = 1; i <= 12; i++)
        {
            var product = i % 3 == 0 ? "Sealant S-12" : "结构胶 JG-300";
            var submission = IntakeRegistrarTests.Submission(i == 12 ? "customer1@example.com" : $"customer{i}@example.com") with
            {
                Subject = new CaseSubject { Description = $"Case {i}: cracked after curing.", Product = product, Batch = $"B26-{i:D2}" },
            };
            var number = (await App.Get<IntakeRegistrar>().RegisterAsync(submission, CancellationToken.None)).Stored.Case.Number;
            if (i <= 8)
            {
                var category = i % 2 == 0 ? Category.Delivery : Category.ProductQuality;
                await cases.ExecuteAsync(number, new AssessCommand(Validity.Valid, category, i % 4 == 1 ? Severity.Major : Severity.Minor), clerk, null, CancellationToken.None);
            }

            if (i == 8)
            {
                await cases.ExecuteAsync(number, new WithdrawCommand("Customer withdrew."), Actor.ForStaff(await App.AddStaffAsync("sales.head", "sales", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead)), null, CancellationToken.None);
            }

            await App.SettleAsync();
            App.Clock.Advance(i == 6 ? TimeSpan.FromDays(30) : TimeSpan.FromHours(1));
        }
    }

    [Theory]
    [InlineData("open=true&department=quality", 4)]
    [InlineData("open=true&department=sales", 3)]
    [InlineData("open=true&department=quality&severity=major", 2)]
    [InlineData("open=true&category=delivery", 3)]
    [InlineData("stage=received", 4)]
    [InlineData("open=true", 11)]
    [InlineData("open=true&q=sealant", 4)]
    [InlineData("open=true&q=b26-05", 1)]
    [InlineData("stage=withdrawn", 1)]
    [InlineData("from=2026-04-01&to=2026-04-30", 6)]
    public async Task List_WithFilters_AnswersTheMatchingCases(string query, int expected)
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        var page = await deputy.Http.GetFromJsonAsync<JsonElement>("/api/staff/cases?" + query);

        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_ByCustomer_ShowsOpenAndClosedCasesOfThatCustomer()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");
        var first = await deputy.GetAsync("FB-202603-0001");
        var customer = first.Case.GetProperty("customer").GetProperty("customerId").GetString();

        var page = await deputy.Http.GetFromJsonAsync<JsonElement>($"/api/staff/cases?customer={customer}");

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_InPages_WalksEveryOpenCaseOnceWithTheContinuation()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");
        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var page = await deputy.Http.GetFromJsonAsync<JsonElement>($"/api/staff/cases?open=true&pageSize=5{(continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation))}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!));
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);

        Assert.Equal(11, seen.Count);
        Assert.Equal(11, seen.Distinct().Count());
    }

    [Fact]
    public async Task List_Overdue_AnswersCasesPastAnOpenDeadline()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        var page = await deputy.Http.GetFromJsonAsync<JsonElement>("/api/staff/cases?overdue=true");

        // Every first response (12 working hours) of the March cases has passed; the latest cases are still in time.
        Assert.InRange(page.GetProperty("items").GetArrayLength(), 5, 10);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("nextDue").GetDateTimeOffset() < App.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task List_BrokenContinuation_Answers400()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        var response = await deputy.Http.GetAsync("/api/staff/cases?continuation=%%%broken");

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("%%%broken")]
    [InlineData("eyJtb250aCI6ImFiYyJ9")]
    [InlineData("eyJtb250aCI6Ijk5OTkxMiJ9")]
    [InlineData("eyJtb250aCI6IjE5MDAwMSJ9")]
    [InlineData("eyJtb250aCI6IjIwMjYwMyIsInRhYmxlIjoibm90IGEgdG9rZW4gb2Ygb3VycyJ9")]
    [InlineData("WzEsMl0=")]
    public async Task List_ContinuationNotHandedOut_Answers400WithoutNamingInternals(string continuation)
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        var response = await deputy.Http.GetAsync($"/api/staff/cases?continuation={Uri.EscapeDataString(continuation)}");

        var problem = await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.DoesNotContain("Parameter", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2000-01-01&to=2026-04-30")]
    [InlineData("from=2026-05-01&to=2026-04-01")]
    [InlineData("to=2099-01-01")]
    public async Task List_RangeTooWideOrBackwards_Answers400(string range)
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        await CaseApiRefusalTests.ProblemAsync(await deputy.Http.GetAsync($"/api/staff/cases?{range}"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_TenYearsWithNothingInThem_ReadsAtMostSixMonthsPerRequest()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");
        var requests = 0;
        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var page = await deputy.Http.GetFromJsonAsync<JsonElement>($"/api/staff/cases?from=2016-05-01&to=2026-04-30&q=cracked&pageSize=50{(continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation))}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!));
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            requests++;
        }
        while (continuation is not null);

        // 122 months (with a month either side for time zones) at six a request: 21 requests, every case found once.
        Assert.Equal(21, requests);
        Assert.Equal(12, seen.Distinct().Count());
        Assert.Equal(12, seen.Count);
    }
}
