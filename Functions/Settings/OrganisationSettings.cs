using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Settings;

/// <summary>Departments, the category → department routing table (docs/procedure.md §1) and the lists staff pick reasons from.</summary>
internal sealed record OrganisationSettings : ISettingsSection<OrganisationSettings>
{
    public static string SectionName => "organisation";

    public static OrganisationSettings Default { get; } = new()
    {
        Departments =
        [
            new("sales", new("Sales / Supply", "销售/供应部")),
            new("quality", new("Quality", "质量部")),
            new("production", new("Production", "生产部")),
            new("rnd", new("R&D", "研发部")),
            new("office", new("Office / HR", "办公室/人事部")),
            new("service", new("Customer service", "客户服务部")),
        ],
        Routing = new Dictionary<Category, string>
        {
            [Category.ProductQuality] = "quality",
            [Category.NonQuality] = "quality",
            [Category.Delivery] = "sales",
            [Category.ServiceAttitude] = "office",
            [Category.StaffConduct] = "office",
            [Category.PriceBilling] = "sales",
            [Category.Packaging] = "quality",
            [Category.Logistics] = "sales",
            [Category.Other] = "service",
        },
        ComplaintDesk = "service",
        NotValidReasons =
        [
            new("misuse", new("Customer's storage or misuse", "客户储存或使用不当")),
            new("individual-reaction", new("Individual reaction (e.g. allergy)", "个体反应（如过敏）")),
            new("normal-variation", new("Normal product variation", "产品正常波动")),
            new("design-change", new("Design or packaging change", "设计或包装变更")),
            new("unreasonable", new("Unreasonable claim", "不合理要求")),
            new("other", new("Other", "其他")),
        ],
        RejectionAvenues =
        [
            new("gm-appeal", new("Appeal to the general manager", "向总经理申诉")),
            new("consumer-association", new("Consumer association", "消费者协会")),
            new("arbitration", new("Arbitration", "仲裁")),
            new("court", new("Court", "诉讼")),
        ],
    };

    public IReadOnlyList<ListItem> Departments { get; init; } = [];

    public IReadOnlyDictionary<Category, string> Routing { get; init; } = new Dictionary<Category, string>();

    /// <summary>The department that registers and triages web complaints (受理部门).</summary>
    public string ComplaintDesk { get; init; } = "service";

    public IReadOnlyList<ListItem> NotValidReasons { get; init; } = [];

    public IReadOnlyList<ListItem> RejectionAvenues { get; init; } = [];

    public bool IsDepartment(string? code) => code is not null && Departments.Any(d => d.Code == code);

    public string RouteFor(Category category) => Routing.TryGetValue(category, out var department) ? department : ComplaintDesk;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        if (Departments.Count == 0 || Departments.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count() != Departments.Count)
        {
            problems["departments"] = ["At least one department is needed and codes must be unique."];
        }

        var unknown = Routing.Values.Append(ComplaintDesk).Where(d => !IsDepartment(d)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            problems["routing"] = [$"Unknown department(s): {string.Join(", ", unknown)}."];
        }

        if (NotValidReasons.Count == 0)
        {
            problems["notValidReasons"] = ["At least one reason is needed."];
        }

        return problems;
    }
}
