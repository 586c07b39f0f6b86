namespace Serverless.Feedback.Tests.Support;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Serverless.Feedback.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.Feedback.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;
}
