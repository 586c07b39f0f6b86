using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// The department concerned by a survey item: the one a complaint of the matching category is routed to, so the
/// routing table (including the delivery → sales or production choice, docs/procedure.md §14) decides both.
/// </summary>
internal static class SurveyItemDepartments
{
    private static readonly IReadOnlyDictionary<string, Category> Categories = new Dictionary<string, Category>(StringComparer.Ordinal)
    {
        ["productQuality"] = Category.ProductQuality,
        ["products"] = Category.ProductQuality,
        ["packaging"] = Category.Packaging,
        ["delivery"] = Category.Delivery,
        ["service"] = Category.ServiceAttitude,
        ["price"] = Category.PriceBilling,
    };

    public static string For(string item, OrganisationSettings organisation) =>
        Categories.TryGetValue(item, out var category) ? organisation.RouteFor(category) : organisation.ComplaintDesk;
}
