using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.FollowUps;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Customers;

/// <summary>The customer file's last contact and the rows derived from it (the follow-up due index).</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CustomerStoreTests : AppTest
{
    [Fact]
    public async Task FindOrCreate_ANewCaseFromAKnownCustomer_MovesTheLastContactAndTheFollowUpRow()
    {
        var store = App.Get<CustomerStore>();
        await store.FindOrCreateAsync("Chen Jing", null, "chen@example.com", null, "zh-CN");
        App.Clock.Advance(TimeSpan.FromDays(40));

        var again = await store.FindOrCreateAsync("Chen Jing", "Acme Ltd", "chen@example.com", null, "zh-CN");

        Assert.Equal(App.Clock.GetUtcNow(), again.LastContactAt);
        var rows = await App.DueRowsAsync(FollowUpScheduleRows.MailKind, App.Clock.GetUtcNow());
        Assert.Equal(App.Clock.GetUtcNow(), Assert.Single(rows).GetDateTimeOffset("Due"));
    }

    [Fact]
    public async Task RecordContact_EarlierThanTheLastOne_LeavesItAsItIs()
    {
        var store = App.Get<CustomerStore>();
        var customer = await store.FindOrCreateAsync("Chen Jing", null, "chen@example.com", null, "zh-CN");

        var unchanged = await store.RecordContactAsync(customer.Id, App.Clock.GetUtcNow().AddDays(-3));
        var missing = await store.RecordContactAsync("nobody", App.Clock.GetUtcNow());

        Assert.Equal(customer.LastContactAt, unchanged!.LastContactAt);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Save_BecomingTierAAndMain_MovesTheRowToTheVisitListAndListsTheMainCustomer()
    {
        await App.Get<CustomerStore>().FindOrCreateAsync("Chen Jing", null, "chen@example.com", null, "zh-CN");

        await App.ChangeCustomerAsync("chen@example.com", c => c with { Tier = CustomerTier.A, MainCustomer = true });

        var now = App.Clock.GetUtcNow();
        Assert.Empty(await App.DueRowsAsync(FollowUpScheduleRows.MailKind, now));
        Assert.Single(await App.DueRowsAsync(FollowUpScheduleRows.VisitKind, now));
        var main = await App.Get<Serverless.Feedback.FollowUps.Annual.AnnualRows>().MainCustomersAsync(CancellationToken.None);
        Assert.Equal("chen@example.com", Assert.Single(main).Email);
    }
}
