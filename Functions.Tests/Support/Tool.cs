using System.Diagnostics;

namespace Serverless.Feedback.Tests.Support;

/// <summary>Runs a command-line tool to completion and keeps what it printed.</summary>
internal static class Tool
{
    /// <summary>Runs <paramref name="file"/>; a null value in <paramref name="environment"/> removes that variable.</summary>
    public static async Task<ToolResult> RunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ToolResult($"{file} {string.Join(' ', arguments)}", process.ExitCode, await output, await error);
    }
}

internal sealed record ToolResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Throws with everything the tool printed unless it exited 0.</summary>
    public ToolResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{Command} failed ({ExitCode}):\n{Output}\n{Error}");
}
