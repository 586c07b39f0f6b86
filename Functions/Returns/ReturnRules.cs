using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Returns;

/// <summary>
/// Returned goods on a case (docs/procedure.md §5, §14.6): registering what the warehouse received, the quality department's
/// review with its disposition, and the re-inspection of repaired or reworked goods.
/// </summary>
internal static class ReturnRules
{
    public const int MaxReturns = 50;

    /// <summary>How far back a receipt may be dated: goods are registered when they arrive, not years later.</summary>
    public const int MaxDaysBack = 366;

    private static readonly ReturnDisposition[] Reworked = [ReturnDisposition.Repair, ReturnDisposition.Rework];

    /// <summary>Why a return command cannot succeed on this case now, or null; the console offers it by the same answer.</summary>
    public static CaseRuleException? Check(CaseRecord current, CaseAction action) => action switch
    {
        CaseAction.RegisterReturn when current.Returns.Count >= MaxReturns =>
            new("returns.tooMany", $"A case holds at most {MaxReturns} returns."),
        CaseAction.ReviewReturn when current.Returns.All(r => r.Review is not null) =>
            new("returns.noneToReview", "Every return of this case has been reviewed."),
        CaseAction.ReInspectReturn when !current.Returns.Any(r => r.AwaitsReInspection) =>
            new("returns.noneToReInspect", "No repaired or reworked goods wait for re-inspection."),
        _ => null,
    };

    /// <summary>A complaint closes once every return is reviewed and repaired or reworked goods passed their re-inspection.</summary>
    public static CaseRuleException? ClosureRefusal(CaseRecord current) =>
        current.Returns.Any(r => r.Review is null || r.AwaitsReInspection)
            ? new("returns.open", "Review every returned lot, and re-inspect repaired or reworked goods, before closing.")
            : null;

    public static CaseDecision Register(CaseRecord current, RegisterReturnCommand command, CaseContext context)
    {
        Require(command.Quantity > 0 && command.Quantity <= 1_000_000_000m, "quantity.invalid", "The quantity is a number above zero.");
        Require(command.ReceivedOn <= context.Today, "receivedOn.future", "Goods cannot be received in the future.");
        Require(command.ReceivedOn >= context.Today.AddDays(-MaxDaysBack), "receivedOn.tooOld", $"Register goods within {MaxDaysBack} days of receipt.");
        Require(command.RequestKey is null || current.Returns.All(r => r.RequestKey != command.RequestKey), "return.repeated", "These goods are already recorded on the case under the same Idempotency-Key.");
        var department = context.Organisation.RouteFor(Category.ProductQuality);
        var goods = new ReturnedGoods
        {
            Id = "G" + (current.Returns.Count + 1).ToString(CultureInfo.InvariantCulture),
            Quantity = command.Quantity,
            Product = OptionalText(command.Product, "product", 200),
            Batch = OptionalText(command.Batch, "batch", 100),
            ReceivedOn = command.ReceivedOn,
            ReceivedBy = RequireText(command.ReceivedBy, "receivedBy", 200),
            Note = OptionalText(command.Note, "note", 2000),
            ReviewDepartment = department,
            ArrivedWithoutCase = command.ArrivedWithoutCase,
            RequestKey = command.RequestKey,
            RegisteredBy = context.Actor.Id,
            RegisteredAt = context.Now,
        };
        List<CaseEffect> effects = [Effects.ToDepartment("return-registered", department)];
        if (command.ArrivedWithoutCase)
        {
            // Goods that did not come through sales are reported to sales (docs/procedure.md §14.6); billing questions always go there.
            effects.Add(Effects.ToDepartment("return-without-case", context.Organisation.RouteFor(Category.PriceBilling)));
        }

        var comment = string.Create(CultureInfo.InvariantCulture, $"{goods.Id}: {goods.Quantity} {goods.Product} batch {goods.Batch ?? "-"}, received {goods.ReceivedOn:yyyy-MM-dd} by {goods.ReceivedBy}");
        return new CaseDecision(current with { Returns = [.. current.Returns, goods] }, CaseAction.RegisterReturn, effects, comment);
    }

    public static CaseDecision Review(CaseRecord current, ReviewReturnCommand command, CaseContext context)
    {
        var goods = Find(current, command.ReturnId);
        Require(goods.Review is null, "return.reviewed", "This return has already been reviewed.");
        Require(context.Actor.IsManagement || context.Actor.Department == goods.ReviewDepartment, "return.reviewer", "The quality department reviews returned goods.");
        var findings = RequireText(command.Findings, "findings");
        Require(!command.OnSite || Reworked.Contains(command.Disposition), "onSite.reworkOnly", "Only repair or rework is done on site.");
        var inspector = command.OnSite ? RequireText(command.OnSiteInspector, "onSiteInspector", 200) : null;
        var review = new ReturnReview(findings, command.Disposition, command.OnSite, inspector, context.Actor.Id, context.Now);
        var after = Replace(current, goods, goods with { Review = review });
        return new CaseDecision(after, CaseAction.ReviewReturn, [Effects.ToDepartment("return-reviewed", current.Assignment.Department)], $"{goods.Id}: {findings}");
    }

    public static CaseDecision ReInspect(CaseRecord current, ReInspectReturnCommand command, CaseContext context)
    {
        var goods = Find(current, command.ReturnId);
        Require(goods.AwaitsReInspection, "return.noReInspection", "Only repaired or reworked goods not yet passed are re-inspected.");
        Require(context.Actor.IsManagement || context.Actor.Department == goods.ReviewDepartment, "return.reviewer", "The quality department re-inspects returned goods.");
        var inspection = new ReInspection(RequireText(command.Inspector, "inspector", 200), command.Passed, RequireText(command.Result, "result", 2000), context.Actor.Id, context.Now);
        var after = Replace(current, goods, goods with { ReInspections = [.. goods.ReInspections, inspection] });
        return new CaseDecision(after, CaseAction.ReInspectReturn, [], $"{goods.Id}: {inspection.Result}");
    }

    private static ReturnedGoods Find(CaseRecord current, string? id) =>
        current.Returns.FirstOrDefault(r => r.Id == id) ?? throw new CaseRuleException("return.unknown", $"There is no return '{id}'.");

    private static CaseRecord Replace(CaseRecord current, ReturnedGoods old, ReturnedGoods replacement) =>
        current with { Returns = current.Returns.Select(r => ReferenceEquals(r, old) ? replacement : r).ToList() };
}
