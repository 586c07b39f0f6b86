using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary>Tier-A customers first (docs/procedure.md §10) through the staff API: marked, listed first within a stage, and due sooner when the policy says so.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class TierAListApiTests : AppTest
{
    private string _ordinary = "";
    private string _tierA = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("qian.jun", "office", "zh-CN", StaffRole.DeputyGm);
        var settings = App.Get<SettingsStore>();
        var sla = await settings.GetVersionedAsync<SlaPolicy>();
        await settings.SaveAsync(sla.Value with { Rules = sla.Value.Rules with { TierA = new TierATargets("PT4H", 2) } }, sla.Revision, Actor.System("test"));

        // The key customer is on file as tier A from an earlier case; a stranger's case arrives before their next one.
        var earlier = await RegisterAsync("key@example.com");
        var customers = App.Get<CustomerStore>();
        var (customer, etag) = (await customers.GetAsync((await App.Get<Serverless.Feedback.Cases.Storage.CaseStore>().GetAsync(earlier, CancellationToken.None))!.Case.Customer.CustomerId))!.Value;
        await customers.SaveAsync(customer with { Tier = CustomerTier.A }, etag);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        _ordinary = await RegisterAsync("stranger@example.com");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        _tierA = await RegisterAsync("key@example.com");
    }

    [Fact]
    public async Task List_ReceivedCases_TierACaseIsMarkedAndFirst()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        var page = await deputy.Http.GetFromJsonAsync<JsonElement>("/api/staff/cases?stage=received");

        var items = page.GetProperty("items").EnumerateArray().Select(i => (Number: i.GetProperty("number").GetString(), TierA: i.GetProperty("tierA").GetBoolean())).ToList();
        Assert.Equal((_tierA, true), items[0]);
        Assert.Contains((_ordinary, false), items);
        Assert.Equal(3, items.Count);
    }

    [Fact]
    public async Task Get_TierACase_MarkedAndDueSoonerThanTheOrdinaryOne()
    {
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        var key = await deputy.GetAsync(_tierA);
        var ordinary = await deputy.GetAsync(_ordinary);

        Assert.True(key.Case.GetProperty("customer").GetProperty("tierA").GetBoolean());
        Assert.False(ordinary.Case.GetProperty("customer").GetProperty("tierA").GetBoolean());
        Assert.True(Due(key, "firstResponse") < Due(ordinary, "firstResponse"));
        Assert.True(Due(key, "resolution") < Due(ordinary, "resolution"));
    }

    private static DateTimeOffset Due(CaseView view, string kind) =>
        view.Json.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind).GetProperty("due").GetDateTimeOffset();

    private async Task<string> RegisterAsync(string email)
    {
        var submission = IntakeRegistrarTests.Submission(email) with { Subject = new CaseSubject { Description = "Cracked after curing.", Product = "Sealant S-12" } };
        var number = (await App.Get<IntakeRegistrar>().RegisterAsync(submission, CancellationToken.None)).Stored.Case.Number;
        await App.SettleAsync();
        return number;
    }
}
