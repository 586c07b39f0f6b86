using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Development;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.Bench.Deadlines;

/// <summary>How many cases of each sort the benchmark stores.</summary>
/// <summary>How many cases of each sort the benchmark stores; <see cref="Rounds"/> batches of <see cref="DuePerRound"/> fall due an hour apart.</summary>
internal sealed record SweepWorkload(int Closed, int OpenNotDue, int DuePerRound, int Rounds)
{
    public int Total => Closed + OpenNotDue + (DuePerRound * Rounds);
}

/// <summary>
/// Fills the tables the way the app would have after years of use, but fast: each case is built with the app's
/// own code (<see cref="SlaEngine"/> for its clocks, <see cref="CaseRows"/> for the case and history rows, the
/// app's <see cref="DerivedRowWriter"/> for every index row: CaseIndex, Schedule, Tracking), then the rows are
/// grouped by table and partition and written as entity-group transactions of 100, many at once. Nothing goes
/// through the HTTP API or the case service, so 50,000 cases take seconds rather than hours.
/// </summary>
internal static class SweepSeed
{
    private const int Customers = 500;
    private static readonly Actor Registrar = Actor.System("bench-seed");

    /// <summary>A department and a handler in it, from the sample staff directory.</summary>
    private static readonly (string Department, string Handler)[] Handlers =
        [("service", "li.na"), ("quality", "wang.wei"), ("sales", "emma.hall"), ("production", "liu.yang"), ("rnd", "zhou.lei"), ("office", "huang.li")];

    /// <summary>
    /// Closed cases spread over the two years before this month. Open ones as a live system has them: one in
    /// twenty just received (clocks running, nothing due yet), the rest received over the last three months and now in
    /// their corrective actions (the answer was sent, no deadline clock runs). The first due round was received six
    /// working hours ago: the reminder one working day before the first-response deadline is due, the next is
    /// not. Each further round has that reminder fall due an hour after the one before. Open cases sit in every
    /// department.
    /// </summary>
    public static async Task<int> WriteAsync(IServiceProvider services, SweepWorkload workload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = new WorkingTimeCalculator(CompanyCalendar.Default);
        var engine = new SlaEngine(calendar);
        var derived = services.GetRequiredService<DerivedRowWriter>();
        var names = services.GetRequiredService<StorageNames>();
        var tables = services.GetRequiredService<ITableServiceClient>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(CompanyCalendar.DefaultTimeZoneId);

        foreach (var person in SampleData.People)
        {
            await services.GetRequiredService<StaffDirectory>().SaveAsync(person, ifMatch: null, cancellationToken);
        }

        var rows = new List<(string Table, TableEntity Entity)>();
        var sequences = new Dictionary<string, int>();
        void Add(CaseRecord c, params CaseEvent[] events)
        {
            rows.Add((CaseRows.TableName, CaseRows.ToEntity(c)));
            rows.AddRange(events.Select(e => (CaseRows.TableName, CaseRows.ToEntity(e))));
            rows.AddRange(derived.For(c).Select(r => (r.Table, r.Entity)));
        }

        CaseRecord New(DateTimeOffset receivedAt, int index)
        {
            var month = CaseNumber.MonthOf(receivedAt, zone);
            var sequence = sequences[month] = sequences.GetValueOrDefault(month) + 1;
            var (department, handler) = Handlers[index % Handlers.Length];
            var draft = new CaseRecord
            {
                Number = CaseNumber.Format(month, sequence),
                Kind = CaseKind.Complaint,
                Channel = Channel.Phone,
                ReceivedAt = receivedAt,
                UpdatedAt = receivedAt,
                TrackingToken = TrackingRows.NewToken(),
                Customer = new CaseCustomer($"bench-customer-{index % Customers}", "Bench Customer", "Bench Ltd", $"customer{index % Customers}@bench.example", null, "zh-CN"),
                Subject = new CaseSubject { Product = "Glue X", Batch = "B-" + (index % 97).ToString(CultureInfo.InvariantCulture), Description = "The glue does not set after the usual curing time." },
                Assignment = new CaseAssignment { Department = department, HandlerId = handler, FirstReceiverId = "li.na" },
                Messages = [new CustomerMessage(receivedAt, "receipt", "The glue does not set after the usual curing time.")],
            };
            return engine.Start(draft, SlaRules.Default, policyRevision: 1);
        }

        CaseEvent Registered(CaseRecord c) => CaseRows.Event(c, "register", Registrar, null, CaseDiff.Between(null, c), [Effects.ToCustomer("receipt")]);

        CaseRecord Moved(CaseRecord before, CaseStage stage, CaseAction action, DateTimeOffset at) =>
            engine.Apply(before, before with { Stage = stage, Version = before.Version + 1, UpdatedAt = at }, action, at);

        var index = 0;
        for (var i = 0; i < workload.Closed; i++, index++)
        {
            var receivedAt = now.AddMonths(-1 - (i % 24)).AddDays(-(i % 20)).AddMinutes(-(i % 600));
            var open = New(receivedAt, index);
            var closed = Moved(open, CaseStage.Closed, CaseAction.Close, receivedAt.AddDays(4)) with
            {
                Outcome = CaseOutcome.Resolved,
                Closure = new Closure("Replaced.", receivedAt.AddDays(4), "li.na"),
            };
            Add(closed, Registered(open), CaseRows.Event(closed, "close", Registrar, "Replaced.", CaseDiff.Between(open, closed), []));
        }

        var justReceived = workload.OpenNotDue / 20;
        for (var i = 0; i < workload.OpenNotDue; i++, index++)
        {
            if (i < justReceived)
            {
                // Under an hour old: the first reminder is more than three working hours away, past every round.
                var open = New(calendar.SubtractWorkingTime(now, TimeSpan.FromMinutes(i % 50)), index);
                Add(open, Registered(open));
            }
            else
            {
                var receivedAt = now.AddDays(-3 - (i % 90)).AddMinutes(-(i % 480));
                var open = New(receivedAt, index);
                var acting = Moved(open, CaseStage.ActionsInProgress, CaseAction.SendToCustomer, receivedAt.AddDays(3));
                Add(acting, Registered(open), CaseRows.Event(acting, "startActions", Registrar, null, CaseDiff.Between(open, acting), []));
            }
        }

        for (var round = 0; round < workload.Rounds; round++)
        {
            // Four working hours after receipt the one-day reminder of the 12-hour first response is due.
            var age = round == 0 ? TimeSpan.FromHours(6) : TimeSpan.FromHours(4 - round);
            for (var i = 0; i < workload.DuePerRound; i++, index++)
            {
                var due = New(calendar.SubtractWorkingTime(now, age + TimeSpan.FromSeconds(i)), index);
                Add(due, Registered(due));
            }
        }

        rows.AddRange(sequences.Select(s => (CaseRows.TableName, new TableEntity(s.Key, CaseRows.CounterKey) { ["Next"] = s.Value })));

        var batches = rows
            .GroupBy(r => (r.Table, r.Entity.PartitionKey))
            .SelectMany(g => g.Select(r => r.Entity).Chunk(100).Select(chunk => (g.Key.Table, Chunk: chunk)))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (batch, token) =>
            await tables.GetTableClient(names.Table(batch.Table)).SubmitTransactionAsync(
                [.. batch.Chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))],
                token));
        return rows.Count;
    }
}
