using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Bench.Cases;

/// <summary>Plausible cases for seeding: two years of complaints over six departments, one in ten still open.</summary>
internal static class SyntheticCases
{
    private static readonly string[] Departments = ["quality", "sales", "production", "rnd", "office", "service"];
    private static readonly Category[] Categories = Enum.GetValues<Category>();
    private static readonly Severity[] Severities = [Severity.General, Severity.Minor, Severity.Minor, Severity.Major, Severity.Serious];
    private static readonly string[] Products = ["结构胶 JG-300", "Sealant S-12", "Primer P-5", "密封胶 MF-20", "Adhesive A-7"];

    public static readonly DateTimeOffset Newest = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Case <paramref name="i"/> of <paramref name="total"/>; numbers run per month as the app gives them.</summary>
    public static CaseRecord Make(int i, int total, int openEvery)
    {
        var received = Newest.AddMinutes(-(double)(total - i) * (730d * 24 * 60 / total));
        var month = received.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);
        // A generator per case keeps every attribute independent of the others and the same on every run.
        var random = new Random(i);
        var open = random.Next(openEvery) == 0;
        var department = Departments[random.Next(Departments.Length)];
        var severity = Severities[random.Next(Severities.Length)];
        return new CaseRecord
        {
            Number = CaseNumber.Format(month, i + 1),
            Kind = CaseKind.Complaint,
            Channel = random.Next(3) == 0 ? Channel.Phone : Channel.Web,
            Stage = open ? CaseStage.Investigating : CaseStage.Closed,
            ReceivedAt = received,
            UpdatedAt = received.AddDays(2),
            Customer = new CaseCustomer($"c{i % 9000}", $"客户 {i % 9000}", $"Company {i % 700}", $"c{i % 9000}@example.com", null, i % 2 == 0 ? "zh-CN" : "en"),
            Subject = new CaseSubject { Product = Products[random.Next(Products.Length)], Batch = $"B{i:D6}", Description = "固化后出现裂纹，两条生产线停线。The sealant cracked after curing; two lines stopped. " + new string('.', 600) },
            Assignment = new CaseAssignment { Department = department, HandlerId = $"h{random.Next(40)}", FirstReceiverId = "li.na" },
            Assessment = new Assessment(Validity.Valid, null, null, Categories[random.Next(Categories.Length)], severity, ImmediateAction.None, null, "li.na", received.AddHours(2)),
            Sla = new SlaState
            {
                Clocks = [new SlaClock { Kind = DeadlineKind.Resolution, StartedAt = received, BudgetWorkingDays = 5, Due = received.AddDays(7), MetAt = open ? null : received.AddDays(5) }],
            },
            Version = 6,
        };
    }
}
