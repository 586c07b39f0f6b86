using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Calendar.Ics;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Development;

/// <summary>
/// Fills an empty local storage account with people, a holiday calendar and a few cases, so a newcomer can
/// sign in and work at once. Runs only when <c>SampleData:Seed</c> is true and development features are
/// allowed; everything it writes is skipped when already there, so restarts add nothing twice.
/// </summary>
internal sealed class SampleData(
    StorageInitializer storage,
    StaffDirectory staff,
    SettingsStore settings,
    IntakeRegistrar registrar,
    CaseService cases,
    CustomerStore customers,
    TimeProvider clock,
    ILogger<SampleData> logger) : BackgroundService
{
    internal static readonly StaffMember[] People =
    [
        Person("li.na", "李娜", "service", "zh-CN", StaffRole.Staff),
        Person("chen.jie", "陈杰", "service", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead),
        Person("wang.wei", "王伟", "quality", "zh-CN", StaffRole.Staff),
        Person("zhao.min", "赵敏", "quality", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead),
        Person("sun.tao", "孙涛", "sales", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead),
        Person("emma.hall", "Emma Hall", "sales", "en", StaffRole.Staff),
        Person("liu.yang", "刘洋", "production", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead),
        Person("zhou.lei", "周磊", "rnd", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead),
        Person("huang.li", "黄丽", "office", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead),
        Person("qian.jun", "钱军", "office", "zh-CN", StaffRole.DeputyGm),
        Person("zhou.hua", "周华", "office", "zh-CN", StaffRole.Gm),
        Person("admin", "Alex Admin", "office", "en", StaffRole.Staff, StaffRole.Administrator),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await storage.Ready.WaitAsync(stoppingToken);
            await SeedStaffAsync(stoppingToken);
            await SeedCalendarAsync(stoppingToken);
            await SeedCasesAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Sample data could not be written");
        }
    }

    private async Task SeedStaffAsync(CancellationToken cancellationToken)
    {
        if ((await staff.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        foreach (var person in People)
        {
            await staff.SaveAsync(person, ifMatch: null, cancellationToken);
        }

        logger.LogInformation("Sample data: {Count} people in the staff directory", People.Length);
    }

    private async Task SeedCalendarAsync(CancellationToken cancellationToken)
    {
        var current = await settings.GetVersionedAsync<CalendarSettings>(cancellationToken);
        if (current.Revision > 0)
        {
            return;
        }

        await using var feed = typeof(SampleData).Assembly.GetManifestResourceStream("Serverless.Feedback.Development.sample-holidays.ics")
            ?? throw new InvalidOperationException("The sample holiday feed is not embedded.");
        using var reader = new StreamReader(feed);
        var imported = IcsCalendarImporter.Import(await reader.ReadToEndAsync(cancellationToken), CompanyCalendar.Default);
        var calendar = new CalendarSettings
        {
            Calendar = imported.Calendar,
            OnDuty = [new OnDutyAssignment(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3), "li.na"), new OnDutyAssignment(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 13), "chen.jie")],
            WeeklyOnDuty = [new WeeklyDuty(DayOfWeek.Saturday, "li.na"), new WeeklyDuty(DayOfWeek.Sunday, "emma.hall")],
        };
        await settings.SaveAsync(calendar, 0, Actor.System("sample-data"), cancellationToken);
        logger.LogInformation("Sample data: company calendar with {Holidays} holidays and {MakeUp} make-up working days", imported.Calendar.Holidays.Count, imported.Calendar.MakeUpWorkdays.Count);
    }

    private async Task SeedCasesAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var samples = new[]
        {
            Submission("sample-1", CaseKind.Complaint, "张伟", "华东精密制造有限公司", "zhang.wei@example.com", "zh-CN", "结构胶 JG-300", "JG-300/25kg", "B2611-07", 40m, "上周收到的结构胶固化后出现裂纹，影响了我们两条生产线，请尽快派人到现场处理。", Remedy.OnSiteVisit, today.AddDays(-20)),
            Submission("sample-2", CaseKind.Complaint, "Maria Lopez", "Iberia Tools S.L.", "maria.lopez@example.com", "en", "Sealant S-12", "S-12 cartridge 310 ml", "B2610-31", 120m, "Twelve cartons arrived with crushed cartridges; the pallet wrap was torn.", Remedy.Replacement, today.AddDays(-9), requested: today.AddDays(2)),
            SafetyHazard(Submission("sample-8", CaseKind.Complaint, "James Carter", "Carter Joinery Ltd", "james.carter@example.com", "en", "Sealant S-12", "S-12 cartridge 310 ml", "B2610-31", 1m, "A cartridge burst in the applicator gun and cut an operator's hand. Please check the rest of batch B2610-31 before we use it.", Remedy.Replacement, today.AddDays(-5))),
            Submission("sample-3", CaseKind.Suggestion, "刘芳", null, "liu.fang@example.com", "zh-CN", null, null, null, null, "建议在包装上增加二维码，方便查询批次和使用说明。", null, null),
            Submission("sample-4", CaseKind.Compliment, "Tom Becker", "Becker Bau GmbH", "tom.becker@example.com", "en", "Primer P-5", null, null, null, "Your service engineer solved our curing problem on site within a day. Thank you!", null, null),
        };
        await SeedTierACustomerAsync(samples[0], cancellationToken);
        var created = 0;
        foreach (var sample in samples)
        {
            created += (await registrar.RegisterAsync(sample, cancellationToken)).Created ? 1 : 0;
        }

        created += await SeedDeskCasesAsync(cancellationToken);
        created += await SeedReturnAsync(today, cancellationToken);
        if (created > 0)
        {
            logger.LogInformation("Sample data: {Count} cases registered", created);
        }
    }

    /// <summary>The first sample's customer is on file as tier A before their case arrives, so it is marked and taken first (docs/procedure.md §10).</summary>
    private async Task SeedTierACustomerAsync(ValidSubmission sample, CancellationToken cancellationToken)
    {
        if (await customers.FindByEmailAsync(sample.Email, cancellationToken) is not null)
        {
            return;
        }

        var customer = await customers.FindOrCreateAsync(sample.Name, sample.Company, sample.Email, sample.Phone, sample.Language, cancellationToken);
        if ((await customers.GetAsync(customer.Id, cancellationToken)) is { } stored)
        {
            await customers.SaveAsync(stored.Customer with { Tier = CustomerTier.A, MainCustomer = true }, stored.ETag, cancellationToken);
        }
    }

    /// <summary>Two calls the desk took by phone: one waiting for triage, one answered at once (docs/procedure.md §14.1–2).</summary>
    private async Task<int> SeedDeskCasesAsync(CancellationToken cancellationToken)
    {
        var desk = People[0];
        var open = Phoned("sample-5", "赵强", "苏州恒信电子有限公司", "+86 512 6666 0808", "电话投诉：上周到货的密封胶 S-12 少了 2 箱，送货单上数量是对的。", desk);
        var answered = Phoned("sample-6", "王芳", null, "138 0000 1234", "电话咨询：结构胶 JG-300 在 10 ℃ 的车间里要固化多久？", desk) with { Kind = CaseKind.Inquiry };
        var created = (await registrar.RegisterAsync(open, cancellationToken)).Created ? 1 : 0;
        var registration = await registrar.RegisterAsync(answered, cancellationToken);
        if (!registration.Created)
        {
            return created;
        }

        await cases.ExecuteAsync(
            registration.Stored.Case.Number,
            new ResolveAtFirstContactCommand("10 ℃ 时固化时间延长到约 48 小时；建议车间加温到 20 ℃ 以上，24 小时即可。", "phone", "顾客表示明白，很满意。", Category.Other, Severity.General),
            Actor.ForStaff(desk),
            expectedVersion: null,
            cancellationToken);
        return created + 1;
    }

    /// <summary>Goods a customer sent back, registered by the desk and reviewed by quality (docs/procedure.md §14.6).</summary>
    private async Task<int> SeedReturnAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var desk = People[0];
        var phoned = Phoned("sample-7", "钱明", "宁波联合五金有限公司", "+86 574 8888 0303", "电话投诉：底漆 P-5 开罐后结块，已把 8 桶退回仓库。", desk);
        var registration = await registrar.RegisterAsync(phoned with { Subject = phoned.Subject with { Product = "底漆 P-5", Batch = "B2611-02", RemedyWanted = Remedy.Return } }, cancellationToken);
        if (!registration.Created)
        {
            return 0;
        }

        var number = registration.Stored.Case.Number;
        await cases.ExecuteAsync(number, new RegisterReturnCommand(8m, "底漆 P-5", "B2611-02", today, "仓库 张师傅", "外包装完好。"), Actor.ForStaff(desk), null, cancellationToken);
        await cases.ExecuteAsync(
            number,
            new ReviewReturnCommand("G1", "8 桶中 5 桶结块，开罐检查确认为储存温度过低所致；其余 3 桶合格。", ReturnDisposition.Rework),
            Actor.ForStaff(People[2]),
            null,
            cancellationToken);
        return 1;
    }

    private static ValidSubmission Phoned(string id, string name, string? company, string phone, string description, StaffMember firstReceiver) =>
        new(id, CaseKind.Complaint, Channel.Phone, name, company, "", phone, "zh-CN", new CaseSubject { Description = description }, [], null, firstReceiver.Email)
        {
            StaffIntake = new StaffIntake(null, false, "phone"),
        };

    private static ValidSubmission Submission(
        string id, CaseKind kind, string name, string? company, string email, string language, string? product, string? model, string? batch, decimal? quantity,
        string description, Remedy? remedy, DateOnly? delivered, DateOnly? requested = null) =>
        new(id, kind, Channel.Web, name, company, email, null, language,
            new CaseSubject { Product = product, Model = model, Batch = batch, QuantityAffected = quantity, Description = description, RemedyWanted = remedy, DeliveryDate = delivered, RequestedDeadline = requested },
            [], null, null);

    /// <summary>The customer ticked "someone was hurt": the deputy GM and the person on duty hear of it at once (docs/procedure.md §14.3).</summary>
    private static ValidSubmission SafetyHazard(ValidSubmission submission) => submission with { Subject = submission.Subject with { SafetyHazard = true } };

    private static StaffMember Person(string id, string name, string department, string language, params StaffRole[] roles) => new()
    {
        Id = id,
        Email = id + "@feedback.example",
        Name = name,
        Department = department,
        Roles = roles,
        Language = language,
    };
}
