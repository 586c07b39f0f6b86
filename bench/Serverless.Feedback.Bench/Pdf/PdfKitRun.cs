using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Serverless.Feedback.Bench.Pdf;

/// <summary>
/// Runs bench/pdf-js/bench.mjs (pdfkit with the same fonts) on the sample report's text, table and photos, and
/// reads its one-line JSON answer. Skipped with a note when node or npm are missing or fail.
/// </summary>
internal static class PdfKitRun
{
    public static async Task<PdfKitResult?> TryRunAsync(string photoFolder, int iterations, CancellationToken cancellationToken)
    {
        var folder = BenchFiles.Folder(Path.Combine("bench", "pdf-js"));
        var input = Path.Combine(Path.GetTempPath(), $"sf-pdf-bench-{Environment.ProcessId}.json");
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "pdfkit")))
            {
                await RunAsync("npm", folder, ["ci", "--no-audit", "--no-fund"], cancellationToken);
            }

            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(Content(photoFolder)), cancellationToken);
            var output = await RunAsync("node", folder, ["bench.mjs", input, iterations.ToString(CultureInfo.InvariantCulture)], cancellationToken);
            using var json = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last());
            var root = json.RootElement;
            return new PdfKitResult(root.GetProperty("version").GetString() ?? "?", root.GetProperty("medianMilliseconds").GetDouble(), root.GetProperty("bytes").GetInt32());
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or JsonException or KeyNotFoundException)
        {
            Console.WriteLine("pdfkit comparison skipped: " + e.Message);
            return null;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static object Content(string photoFolder) => new
    {
        fonts = new
        {
            latin = FontPath("DejaVuSans.ttf"),
            bold = FontPath("DejaVuSans-Bold.ttf"),
            cjk = FontPath("DroidSansFallbackFull.ttf"),
        },
        summary = SampleCaseReport.Summary.Select(p => new[] { p.Key, p.Value }),
        paragraphs = SampleCaseReport.Paragraphs,
        columns = SampleCaseReport.ContainmentColumns.Select(c => new { header = c.Header, width = c.Width }),
        rows = SampleCaseReport.ContainmentRows,
        photos = new[] { Path.Combine(photoFolder, "defect-photo-1.jpg"), Path.Combine(photoFolder, "defect-photo-2.jpg") },
    };

    private static string FontPath(string file) => Path.Combine(BenchFiles.Folder(Path.Combine("Functions", "Pdf", "Fonts")), file);

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
}

internal readonly record struct PdfKitResult(string Version, double MedianMilliseconds, int Bytes);
