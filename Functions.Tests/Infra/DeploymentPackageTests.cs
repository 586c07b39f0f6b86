using System.IO.Compression;
using Serverless.Feedback.Tests.Hosting;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Infra;

/// <summary>
/// The zip Flex Consumption runs (scripts/package.sh): the isolated worker's layout at its root, hidden
/// <c>.azurefunctions/</c> included (archivers that skip dot-folders break the host), the console, and nothing
/// from a developer's machine.
/// </summary>
[Collection(PublishedApp.Collection)]
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class DeploymentPackageTests(PublishedApp published)
{
    [Fact]
    public void Zip_Root_HasTheIsolatedWorkerLayout()
    {
        var entries = Entries();

        Assert.Contains("host.json", entries);
        Assert.Contains("functions.metadata", entries);
        Assert.Contains("worker.config.json", entries);
        Assert.Contains("Serverless.Feedback.Functions.dll", entries);
        Assert.Contains("appsettings.json", entries);
        Assert.Contains(entries, e => e.StartsWith(".azurefunctions/", StringComparison.Ordinal) && e.EndsWith("Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll", StringComparison.Ordinal));
        Assert.Contains("wwwroot/console/index.html", entries);
        Assert.Contains(entries, e => e.StartsWith("wwwroot/console/assets/", StringComparison.Ordinal) && e.EndsWith(".js", StringComparison.Ordinal));
    }

    [Fact]
    public void Zip_HoldsNothingFromADevelopersMachine()
    {
        // Matched against "/" + the entry's path: folders by name anywhere, files by name, mail by extension.
        string[] forbidden =
        [
            "/.local/", "/.azurite/", "/__azurite", "/__blobstorage__/", "/__queuestorage__/", "/node_modules/", "/.vite/", "/AdminSite/",
            "/local.settings.json", "/appsettings.Development.json", "/sample-holidays.ics", ".eml", ".js.map", ".css.map",
        ];

        var found = Entries().Where(e => forbidden.Any(f => ("/" + e).Contains(f, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.True(found.Count == 0, "Development files in the package:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Zip_Entries_AreTheFilesOfThePublishedFolder()
    {
        var files = Directory.EnumerateFiles(published.Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(published.Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, Entries().Order(StringComparer.Ordinal));
    }

    private List<string> Entries()
    {
        using var zip = ZipFile.OpenRead(published.Zip);
        return zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).ToList();
    }
}
