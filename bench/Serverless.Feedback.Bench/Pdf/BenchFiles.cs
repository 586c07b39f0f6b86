namespace Serverless.Feedback.Bench.Pdf;

/// <summary>Finds committed sample files from wherever the benchmark was built to.</summary>
internal static class BenchFiles
{
    public static string Folder(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, relative)))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}.")
            : Path.Combine(directory.FullName, relative);
    }
}
