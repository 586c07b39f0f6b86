using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Serverless.Feedback.Bench.Tables;

/// <summary>Runs bench/tables-js/bench.mjs (the official @azure/data-tables) and reads its one-line JSON answer.</summary>
internal static class JavaScriptSdkRun
{
    public static async Task<TableBenchResult> RunAsync(string repositoryRoot, string connectionString, string tableName, int count, int concurrency, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(repositoryRoot, "bench", "tables-js");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@azure", "data-tables")))
        {
            await RunAsync("npm", folder, ["ci", "--no-audit", "--no-fund"], cancellationToken);
        }

        var output = await RunAsync("node", folder, ["bench.mjs", connectionString, tableName, Text(count), Text(concurrency)], cancellationToken);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new TableBenchResult(Phase(root.GetProperty("insert")), Phase(root.GetProperty("read")), Phase(root.GetProperty("query")));
    }

    private static PhaseResult Phase(JsonElement phase) =>
        new(phase.GetProperty("opsPerSecond").GetDouble(), phase.GetProperty("cpuMicrosecondsPerOp").GetDouble());

    private static async Task<string> RunAsync(string program, string folder, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} {arguments[0]} failed with exit code {process.ExitCode}: {await errors}");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
