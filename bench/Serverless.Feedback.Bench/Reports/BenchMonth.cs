using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Bench.Reports;

/// <summary>
/// A busy month for the summary benchmark: <c>count</c> complaints and other feedback with activity in March
/// 2026 (received then, or earlier and closed then), every field the statistics read filled in, from a fixed seed.
/// </summary>
internal static class BenchMonth
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset MarchStart = new(2026, 3, 1, 0, 0, 0, Offset);

    private static readonly string[] Handlers = ["wang.lei", "li.na", "zhao.min", "sun.tao", "zhou.hua", "qian.jun", "chen.hao", "liu.yang"];

    public static List<CaseRecord> Cases(int count, int seed = 42)
    {
        var random = new Random(seed);
        var categories = Enum.GetValues<Category>();
        var channels = Enum.GetValues<Channel>();
        var causes = Enum.GetValues<RootCauseCategory>();
        var cases = new List<CaseRecord>(count);
        for (var i = 0; i < count; i++)
        {
            // One in seven arrived in February and is closed in March.
            var received = (i % 7 == 0 ? MarchStart.AddDays(-20) : MarchStart).AddMinutes(random.Next(0, 30 * 24 * 60));
            var kind = i % 10 == 9 ? (CaseKind)(1 + (i % 3)) : CaseKind.Complaint;
            var category = categories[Math.Min(categories.Length - 1, (int)Math.Abs(random.NextDouble() * random.NextDouble() * categories.Length))];
            var severity = (Severity)random.Next(0, 4);
            var firstMet = received.AddHours(0.5 + (random.NextDouble() * 20));
            var resolved = random.NextDouble() < 0.7 ? received.AddHours(8 + (random.NextDouble() * 200)) : (DateTimeOffset?)null;
            var closed = resolved is { } r && random.NextDouble() < 0.7 ? r.AddDays(random.Next(1, 10)) : (DateTimeOffset?)null;
            var investigated = random.NextDouble() < 0.6 ? received.AddDays(random.Next(1, 4)) : (DateTimeOffset?)null;
            var approvedAt = received.AddDays(3);
            var withActions = kind == CaseKind.Complaint && random.NextDouble() < 0.3;
            var handler = Handlers[random.Next(Handlers.Length)];
            cases.Add(new CaseRecord
            {
                Number = $"FB-{received:yyyyMM}-{i + 1:D5}",
                Kind = kind,
                Channel = channels[random.Next(channels.Length)],
                Stage = closed is null ? CaseStage.Investigating : CaseStage.Closed,
                Outcome = closed is null ? null : CaseOutcome.Resolved,
                Version = 12,
                ReceivedAt = received,
                UpdatedAt = closed ?? resolved ?? firstMet,
                Customer = new CaseCustomer($"c{i % 900}", $"客户 {i % 900}", "华东精密制造有限公司", $"c{i}@example.com", null, "zh-CN"),
                Subject = new CaseSubject { Product = "结构胶 JG-300", Description = "固化后出现裂纹。" },
                Assignment = new CaseAssignment { Department = OrganisationSettings.Default.RouteFor(category), HandlerId = handler, FirstReceiverId = Handlers[(i + 3) % Handlers.Length] },
                Assessment = kind == CaseKind.Complaint ? new Assessment(Validity.Valid, null, null, category, severity, ImmediateAction.None, null, handler, received.AddHours(1)) : null,
                Investigation = investigated is null ? null : new Investigation { ReportedAt = investigated, RootCauseCategory = causes[Math.Min(causes.Length - 1, (int)(random.NextDouble() * random.NextDouble() * causes.Length))] },
                Resolution = withActions ? new Resolution
                {
                    Summary = "更换并修订作业指导书",
                    ProposedBy = handler,
                    ProposedAt = approvedAt.AddHours(-4),
                    RequiredApprovals = [StaffRole.DepartmentHead],
                    CorrectiveActions = [new("C1", "修订作业指导书 WI-07", handler, DateOnly.FromDateTime(received.AddDays(random.Next(5, 40)).DateTime), random.NextDouble() < 0.5 ? ActionStatus.Done : ActionStatus.InProgress, null, received.AddDays(8))],
                    PreventiveActions = [new("P1", "排查同类设备", "设备部", DateOnly.FromDateTime(received.AddDays(random.Next(10, 60)).DateTime), ActionStatus.Planned, null, null)],
                } : null,
                Approvals = withActions ? [new(1, 1, StaffRole.DepartmentHead, "zhao.min", "赵敏", approvedAt, ApprovalMeaning.Approved, null)] : [],
                Closure = closed is { } at ? new Closure("已处理", at, handler) : null,
                Satisfaction = closed is { } rated && random.NextDouble() < 0.4 ? new Satisfaction(random.Next(2, 6), null, rated.AddDays(1)) : null,
                Sla = new SlaState
                {
                    Clocks =
                    [
                        new SlaClock { Kind = DeadlineKind.FirstResponse, StartedAt = received, Due = received.AddHours(12), MetAt = firstMet },
                        new SlaClock { Kind = DeadlineKind.Resolution, StartedAt = received, Due = received.AddDays(7), MetAt = resolved },
                    ],
                },
            });
        }

        return cases;
    }
}
