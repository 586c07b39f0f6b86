namespace Serverless.Feedback.Bench;

internal static class RepositoryRoot
{
    public static string Find()
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
