using Azure;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Blobs;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class BlobContainerClientTests
{
    [Fact]
    public async Task DownloadAsync_AfterUpload_ReturnsContentTypeETagAndMetadata()
    {
        var container = await StorageTestAccount.NewContainerAsync();
        var content = BinaryData.FromBytes(Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray());

        var etag = await container.UploadAsync("cases/FB-1/photo 1.jpg", content, "image/jpeg", metadata: new Dictionary<string, string> { ["CaseId"] = "FB-1", ["original_name"] = "photo 1.jpg" });
        var download = await container.DownloadAsync("cases/FB-1/photo 1.jpg");

        Assert.NotNull(download);
        Assert.Equal(content.ToArray(), download.Content.ToArray());
        Assert.Equal("image/jpeg", download.ContentType);
        Assert.Equal(etag, download.ETag);
        Assert.Equal("FB-1", download.Metadata["caseid"]);
        Assert.Equal("photo 1.jpg", download.Metadata["original_name"]);
    }

    [Fact]
    public async Task UploadAsync_ExistingWithoutOverwrite_Throws409AndKeepsOriginal()
    {
        var container = await StorageTestAccount.NewContainerAsync();
        await container.UploadAsync("a.txt", BinaryData.FromString("first"), "text/plain");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => container.UploadAsync("a.txt", BinaryData.FromString("second"), "text/plain"));

        Assert.Equal(409, error.Status);
        Assert.Equal("BlobAlreadyExists", error.ErrorCode);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", (await container.DownloadAsync("a.txt"))?.Content.ToString());
    }

    [Fact]
    public async Task UploadAsync_ExistingWithOverwrite_Replaces()
    {
        var container = await StorageTestAccount.NewContainerAsync();
        var first = await container.UploadAsync("a.txt", BinaryData.FromString("first"), "text/plain");

        var second = await container.UploadAsync("a.txt", BinaryData.FromString("second"), "text/markdown", overwrite: true);
        var download = await container.DownloadAsync("a.txt");

        Assert.NotEqual(first, second);
        Assert.Equal(("second", "text/markdown"), (download?.Content.ToString(), download?.ContentType));
    }

    [Fact]
    public async Task DownloadAsync_Missing_ReturnsNull()
    {
        var container = await StorageTestAccount.NewContainerAsync();

        Assert.Null(await container.DownloadAsync("nothing-here"));
    }

    [Fact]
    public async Task DeleteIfExistsAsync_ExistingThenMissing_TrueThenFalse()
    {
        var container = await StorageTestAccount.NewContainerAsync();
        await container.UploadAsync("d.bin", BinaryData.FromBytes([1]), "application/octet-stream");

        Assert.True(await container.DeleteIfExistsAsync("d.bin"));
        Assert.False(await container.DeleteIfExistsAsync("d.bin"));
        Assert.Null(await container.DownloadAsync("d.bin"));
    }

    [Fact]
    public async Task ListAsync_PrefixAcrossPages_ReturnsOnlyPrefixedBlobs()
    {
        var container = await StorageTestAccount.NewContainerAsync(listPageSize: 2);
        string[] wanted = ["reports/2026/a.pdf", "reports/2026/b 中文.pdf", "reports/2026/c+d.pdf", "reports/2026/e%.pdf", "reports/2026/f.pdf"];
        foreach (var name in wanted.Append("reports/2025/old.pdf").Append("other.pdf"))
        {
            await container.UploadAsync(name, BinaryData.FromString(name), "application/pdf");
        }

        var listed = await container.ListAsync("reports/2026/").ToListAsync();

        Assert.Equal(wanted.Order(StringComparer.Ordinal), listed.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.All(listed, b => Assert.Equal("application/pdf", b.ContentType));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(wanted[1]), listed.Single(b => b.Name == wanted[1]).Length);
        Assert.Equal(7, (await container.ListAsync().ToListAsync()).Count);
    }

    [Theory]
    [InlineData("Bad Name")]
    [InlineData("1digit")]
    [InlineData("naïve")]
    public async Task UploadAsync_InvalidMetadataName_RefusedBeforeSending(string name)
    {
        var container = await StorageTestAccount.NewContainerAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => container.UploadAsync("m.txt", BinaryData.FromString("x"), "text/plain", metadata: new Dictionary<string, string> { [name] = "v" }));
        Assert.Null(await container.DownloadAsync("m.txt"));
    }

    [Fact]
    public async Task UploadAsync_NonAsciiMetadataValue_RefusedBeforeSending()
    {
        var container = await StorageTestAccount.NewContainerAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => container.UploadAsync("m.txt", BinaryData.FromString("x"), "text/plain", metadata: new Dictionary<string, string> { ["Name"] = "中文" }));
        Assert.Null(await container.DownloadAsync("m.txt"));
    }

    [Fact]
    public async Task UploadAsync_MissingContainer_ThrowsContainerNotFound()
    {
        var clients = StorageTestAccount.Clients(await Support.Azurite.Shared);
        var container = clients.Blobs().GetBlobContainerClient(Support.Azurite.UniqueName("missing-"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => container.UploadAsync("x", BinaryData.FromString("x"), "text/plain"));

        Assert.Equal(404, error.Status);
        Assert.Equal("ContainerNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task PingAsync_AllServices_Succeed()
    {
        var clients = StorageTestAccount.Clients(await Support.Azurite.Shared);

        var failure = await Record.ExceptionAsync(async () =>
        {
            await clients.Blobs().PingAsync();
            await clients.Queues().PingAsync();
        });

        Assert.Null(failure);
    }
}
