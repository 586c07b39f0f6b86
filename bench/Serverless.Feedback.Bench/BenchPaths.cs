namespace Serverless.Feedback.Bench;

internal static class BenchPaths
{
    /// <summary>The folder holding Serverless.Feedback.sln (Azurite and the scripts are found from it).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Serverless.Feedback.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.Feedback.sln not found above " + AppContext.BaseDirectory);
    }
}
