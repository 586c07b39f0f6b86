using System.Diagnostics;
using System.Globalization;

namespace Serverless.Feedback.Bench.Pdf;

/// <summary>
/// Renders the sample case report over and over on one thread and reports the warm time per document and the
/// file size; the first render, which parses the fonts, is reported apart. With node and npm present, pdfkit
/// renders the same text, table and photos for comparison.
/// </summary>
internal sealed class PdfBenchCommand : IBenchCommand
{
    private const double TargetMilliseconds = 100;
    private const int TargetBytes = 300 * 1024;

    public string Name => "pdf";

    public string Description => "PDF writer: warm ms per 3-page case report and file size, vs pdfkit: [iterations=200] [save-to.pdf]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var iterations = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 200;
        var folder = BenchFiles.Folder(Path.Combine("bench", "Serverless.Feedback.Bench", "Pdf"));
        var report = new SampleCaseReport(File.ReadAllBytes(Path.Combine(folder, "defect-photo-1.jpg")), File.ReadAllBytes(Path.Combine(folder, "defect-photo-2.jpg")));

        var cold = Stopwatch.StartNew();
        var pdf = report.Build();
        cold.Stop();
        if (arguments.Count > 1)
        {
            await File.WriteAllBytesAsync(arguments[1], pdf, cancellationToken);
        }

        var warm = Measure(report, iterations, cancellationToken, out var allocated);
        var pages = report.Builder().Layout().Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sample case report: {pages} pages, {pdf.Length:N0} bytes ({pdf.Length / 1024.0:F1} KB; target ≤ {TargetBytes / 1024} KB)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First render (parses the fonts): {cold.Elapsed.TotalMilliseconds:F1} ms."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Warm, one thread, {iterations} documents: median {warm.Median:F2} ms, mean {warm.Mean:F2} ms, p95 {warm.P95:F2} ms, min {warm.Min:F2} ms (target ≤ {TargetMilliseconds} ms); {allocated / 1024.0 / 1024.0:F1} MB allocated per document."));

        var pdfKit = await PdfKitRun.TryRunAsync(folder, iterations, cancellationToken);
        if (pdfKit is { } js)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pdfkit {js.Version} (same text, table and photos; no chart, header or footer): median {js.MedianMilliseconds:F2} ms, {js.Bytes:N0} bytes."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Ratio pdfkit / ours: time {js.MedianMilliseconds / warm.Median:F2}, size {(double)js.Bytes / pdf.Length:F2} (above 1: ours faster or smaller)."));
        }

        return warm.Median <= TargetMilliseconds && pdf.Length <= TargetBytes ? 0 : 1;
    }

    private static Timings Measure(SampleCaseReport report, int iterations, CancellationToken cancellationToken, out long allocatedPerDocument)
    {
        for (var i = 0; i < Math.Max(10, iterations / 10); i++)
        {
            report.Build();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new double[iterations];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations && !cancellationToken.IsCancellationRequested; i++)
        {
            var start = Stopwatch.GetTimestamp();
            report.Build();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        allocatedPerDocument = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
        Array.Sort(samples);
        return new Timings(samples[0], samples[iterations / 2], samples.Average(), samples[(int)(iterations * 0.95)]);
    }

    private readonly record struct Timings(double Min, double Median, double Mean, double P95);
}
