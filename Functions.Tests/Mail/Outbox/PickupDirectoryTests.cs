using System.Text;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail.Outbox;

public sealed class PickupDirectoryTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void List_MissingFolder_Empty()
    {
        Assert.Empty(new PickupDirectory(Path.Combine(_folder.Path, "never-created")).List());
    }

    [Fact]
    public async Task List_SeveralMessages_NewestFirstWithMailIdTimeAndSize()
    {
        var directory = new PickupDirectory(_folder.Path);
        await directory.WriteAsync("older", "a"u8.ToArray(), Monday, CancellationToken.None);
        await directory.WriteAsync("newest", "bbb"u8.ToArray(), Monday.AddHours(2), CancellationToken.None);
        await directory.WriteAsync("middle", "cc"u8.ToArray(), Monday.AddHours(1), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "notes.txt"), "not mail");
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "random.eml"), "not ours");

        var entries = directory.List();

        Assert.Equal(["newest", "middle", "older"], entries.Select(e => e.MailId));
        Assert.Equal(Monday.AddHours(2), entries[0].WrittenAt);
        Assert.Equal([3L, 2L, 1L], entries.Select(e => e.SizeBytes));
    }

    [Fact]
    public async Task ReadAsync_ListedName_ReturnsBytes()
    {
        var directory = new PickupDirectory(_folder.Path);
        var name = await directory.WriteAsync("m1", Encoding.ASCII.GetBytes("Subject: hi\r\n\r\nbody"), Monday, CancellationToken.None);

        Assert.Equal("Subject: hi\r\n\r\nbody"u8.ToArray(), await directory.ReadAsync(name, CancellationToken.None));
        Assert.Equal("hi", (await directory.ReadDecodedAsync(name, CancellationToken.None)).Subject);
    }

    [Theory]
    [InlineData("../secrets.eml")]
    [InlineData("/etc/passwd")]
    [InlineData("20260302T080000000Z-../../x.eml")]
    [InlineData("20260302T080000000Z-m1.eml/..")]
    [InlineData("notes.txt")]
    public async Task ReadAsync_NameThatIsNotAnOutboxFile_Refused(string fileName)
    {
        var directory = new PickupDirectory(_folder.Path);

        await Assert.ThrowsAsync<ArgumentException>(() => directory.ReadAsync(fileName, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_WellFormedButMissing_FileNotFound()
    {
        var directory = new PickupDirectory(_folder.Path);

        await Assert.ThrowsAsync<FileNotFoundException>(() => directory.ReadAsync("20260302T080000000Z-gone.eml", CancellationToken.None));
    }
}
