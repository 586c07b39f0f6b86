using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serverless.Feedback.Bench.Pdf;
using Serverless.Feedback.Bench.Tables;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Reports;

/// <summary>
/// The real reports on one core: the 8D report of a realistic closed complaint with two photos and a chart
/// (targets ≤ 100 ms warm, ≤ 300 KB), and the monthly summary over a month of 10,000 cases — counting and
/// rendering (target ≤ 2 s), and reading the facts from Azurite, measured apart.
/// </summary>
internal sealed class ReportsBenchCommand : IBenchCommand
{
    private const double CaseTargetMilliseconds = 100;
    private const int CaseTargetBytes = 300 * 1024;
    private const double SummaryTargetMilliseconds = 2000;

    public string Name => "reports";

    public string Description => "Reports: 8D case report ms and KB, monthly summary over N cases with and without Azurite: [cases=10000] [iterations=100] [save-folder]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10_000;
        var iterations = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 100;
        var save = arguments.Count > 2 ? arguments[2] : null;
        var cores = Affinity();
        var pinned = Pin(1);
        Console.WriteLine(pinned ? "Pinned to one core." : "Could not pin to one core; measuring on one thread.");

        var caseOk = MeasureCaseReport(iterations, save);
        var summaryOk = MeasureSummary(count, Math.Max(5, iterations / 10), save, out var summary);

        // Azurite inherits the affinity of the process that starts it; storage is another machine in Azure, so it gets every core here.
        Pin(cores);
        await MeasureStorageAsync(count, summary, cancellationToken);
        return caseOk && summaryOk ? 0 : 1;
    }

    private static bool MeasureCaseReport(int iterations, string? save)
    {
        var folder = BenchFiles.Folder(Path.Combine("bench", "Serverless.Feedback.Bench", "Pdf"));
        var input = BenchCase.Input(File.ReadAllBytes(Path.Combine(folder, "defect-photo-1.jpg")), File.ReadAllBytes(Path.Combine(folder, "defect-photo-2.jpg")));
        var ok = true;
        foreach (var language in Texts.Languages)
        {
            var l = Texts.Instance.For(language);
            var cold = Stopwatch.StartNew();
            var pdf = CaseReportRenderer.Render(input, l);
            cold.Stop();
            var warm = Time(iterations, () => CaseReportRenderer.Render(input, l));
            var pages = CaseReportRenderer.Builder(input, l).Layout().Count;
            Save(save, $"8D-{language}.pdf", pdf);
            ok &= warm.Median <= CaseTargetMilliseconds && pdf.Length <= CaseTargetBytes;
            Console.WriteLine(Text($"8D report ({language}): {pages} pages, {pdf.Length / 1024.0:F1} KB (≤ {CaseTargetBytes / 1024} KB); first {cold.Elapsed.TotalMilliseconds:F1} ms; warm median {warm.Median:F2} ms, p95 {warm.P95:F2} ms (≤ {CaseTargetMilliseconds} ms), {iterations} runs."));
        }

        return ok;
    }

    private static bool MeasureSummary(int count, int iterations, string? save, out MonthlySummary summary)
    {
        var month = new ReportMonth(2026, 3);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var calendar = new WorkingTimeCalculator(CompanyCalendar.Default);
        var now = month.End(zone).AddHours(8);
        var facts = BenchMonth.Cases(count).Select(CaseFacts.From).ToList();
        var settings = new ReportSettings { Volumes = [new MonthlyVolume("2026-03", 250_000, 180_000)] };
        var names = ReportNames.Empty;
        var l = Texts.Instance.For(Texts.Chinese);

        MonthlySummary Build()
        {
            var figures = MonthlyAggregator.Compute(month, facts, zone, calendar, now);
            var trend = month.Trailing(MonthlySummaryService.TrendMonths).Select(m => m == month ? figures.Trend : figures.Trend with { Month = m.ToString() }).ToList();
            return new MonthlySummary(figures, trend, settings, zone, now);
        }

        summary = Build();
        var built = summary;
        var aggregate = Time(iterations, () => Build());
        var render = Time(iterations, () => MonthlySummaryRenderer.Render(built, names, l));
        var both = Time(iterations, () => MonthlySummaryRenderer.Render(Build(), names, l));
        var pdf = MonthlySummaryRenderer.Render(summary, names, l);
        Save(save, "monthly-zh-CN.pdf", pdf);
        Console.WriteLine(Text($"Monthly summary over {count:N0} cases ({summary.Figures.Complaints.Received:N0} complaints received, {summary.Figures.OpenActions.Count:N0} open actions): {MonthlySummaryRenderer.Builder(summary, names, l).Layout().Count} pages, {pdf.Length / 1024.0:F1} KB."));
        Console.WriteLine(Text($"  counting median {aggregate.Median:F1} ms; rendering median {render.Median:F1} ms; both median {both.Median:F1} ms, p95 {both.P95:F1} ms (≤ {SummaryTargetMilliseconds} ms), {iterations} runs."));
        return both.Median <= SummaryTargetMilliseconds;
    }

    /// <summary>Writes the month's facts rows to an Azurite of its own, as the case store would, and times reading them back.</summary>
    private static async Task MeasureStorageAsync(int count, MonthlySummary summary, CancellationToken cancellationToken)
    {
        var root = Path.GetDirectoryName(BenchFiles.Folder("node_modules"))!;
        await using var azurite = await BenchAzurite.StartAsync(root, cancellationToken);
        var service = BenchStorage.Clients(azurite.ConnectionString).Tables();
        var names = new StorageNames(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Prefix"] = "bench" }).Build());
        var table = service.GetTableClient(names.Table(ReportFactRows.TableName));
        await table.CreateIfNotExistsAsync(cancellationToken);

        var rows = BenchMonth.Cases(count).SelectMany(new ReportFactRows().For).ToList();
        var write = Stopwatch.StartNew();
        var batches = rows.GroupBy(r => r.Entity.PartitionKey).SelectMany(g => g.Select(r => r.Entity).Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (chunk, ct) =>
            await table.SubmitTransactionAsync([.. chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))], ct));
        write.Stop();

        var reader = new ReportFactsReader(service, names);
        var from = summary.Figures.From;
        var until = summary.Figures.Until.AddHours(8);
        var loaded = 0;
        var samples = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var started = Stopwatch.GetTimestamp();
            loaded = (await reader.LoadAsync(from, until, cancellationToken)).Count;
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Console.WriteLine(Text($"Azurite (in memory): {rows.Count:N0} facts rows for {count:N0} cases written in {write.Elapsed.TotalSeconds:F1} s; reading the month's {loaded:N0} cases back: best {samples.Min():F0} ms, median {samples.Order().ElementAt(1):F0} ms of 3."));
    }

    private static (double Median, double P95) Time(int iterations, Action run)
    {
        for (var i = 0; i < Math.Max(5, iterations / 5); i++)
        {
            run();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return (samples[iterations / 2], samples[Math.Min(iterations - 1, (int)(iterations * 0.95))]);
    }

    private static nint Affinity() => OperatingSystem.IsLinux() || OperatingSystem.IsWindows() ? Process.GetCurrentProcess().ProcessorAffinity : 0;

    private static bool Pin(nint cores)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            Process.GetCurrentProcess().ProcessorAffinity = cores;
            return true;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Save(string? folder, string name, byte[] pdf)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
