using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff;

/// <summary>The staff list is kept briefly for mail dispatch; a save on the same instance is seen at once.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class StaffDirectoryTests : AppTest
{
    [Fact]
    public async Task ListAsync_AfterASave_IncludesTheChangeAtOnce()
    {
        var directory = App.Get<StaffDirectory>();
        var first = await App.AddStaffAsync("qe", "quality", "en");
        var listed = await Task.WhenAll(directory.ListAsync(), directory.ListAsync());

        await App.AddStaffAsync("qhead", "quality", "zh-CN");
        var (member, etag) = (await directory.GetAsync("qe"))!.Value;
        await directory.SaveAsync(member with { Active = false }, etag);

        Assert.All(listed, l => Assert.Equal(["qe"], l.Select(m => m.Id)));
        Assert.Equal(["qe", "qhead"], (await directory.ListAsync()).Select(m => m.Id).Order());
        Assert.Null(await directory.FindActiveAsync(first.Id));
        Assert.NotNull(await directory.FindActiveAsync("qhead"));
    }

    [Fact]
    public async Task ListAsync_ManyCallersAtOnce_ShareOneRead()
    {
        await App.AddStaffAsync("qe", "quality", "en");
        var directory = App.Get<StaffDirectory>();

        var lists = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => directory.ListAsync())));

        Assert.All(lists, l => Assert.Same(lists[0], l));
    }
}
