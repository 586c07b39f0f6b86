using Serverless.Feedback.FollowUps.Suggestions;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Tests.FollowUps.Suggestions;

/// <summary>The department a suggestion concerns, under the default routing (quality: product quality and packaging; sales: delivery and price; office: service; the complaint desk: service department).</summary>
public sealed class SuggestionDepartmentsTests
{
    public static TheoryData<string, Dictionary<string, int>?> Cases => new()
    {
        { "sales", new() { ["productQuality"] = 4, ["packaging"] = 5, ["delivery"] = 2, ["service"] = 4, ["price"] = 3 } },
        { "quality", new() { ["productQuality"] = 3, ["packaging"] = 3, ["delivery"] = 4, ["service"] = 5, ["price"] = 4 } },
        { "service", new() { ["productQuality"] = 4, ["packaging"] = 4, ["delivery"] = 4, ["service"] = 4, ["price"] = 4 } },
        { "quality", new() { ["products"] = 2, ["service"] = 4 } },
        { "service", new() { ["products"] = 4, ["service"] = 4, ["handling"] = 1 } },
        { "service", new() },
        { "service", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void For_Scores_TheLowestItemsDepartmentElseTheComplaintDesk(string expected, Dictionary<string, int>? scores) =>
        Assert.Equal(expected, SuggestionDepartments.For(scores, OrganisationSettings.Default));
}
