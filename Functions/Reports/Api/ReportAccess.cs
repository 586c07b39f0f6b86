using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Reports.Api;

/// <summary>Who may download which report, and how the download requests are read; every refusal is a problem document.</summary>
internal static class ReportAccess
{
    /// <summary>The monthly summary and the register cover every department: department heads and management read them.</summary>
    public static bool MayReadManagementReports(Actor actor) => actor.IsManagement || actor.Has(StaffRole.DepartmentHead);

    /// <summary>The language asked for, or the signed-in person's; null (with the problem) for one the reports do not speak.</summary>
    public static string? Language(string? requested, ClaimsPrincipal user, out ProblemHttpResult? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(requested))
        {
            return Texts.Normalise(user.FindFirstValue(StaffClaims.Language));
        }

        var known = Texts.Languages.FirstOrDefault(l => string.Equals(l, requested, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            problem = Invalid("language", $"Reports are written in {string.Join(" or ", Texts.Languages)}, not '{requested}'.");
        }

        return known;
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A download request with one field wrong: the field and what to send instead.</summary>
    public static ProblemHttpResult Invalid(string field, string detail) =>
        Problem.Invalid(detail, new Dictionary<string, string[]> { [field] = [detail] });

    public static ProblemHttpResult ManagementOnly() =>
        Problem.Forbidden("The monthly summary and the complaint register are for department heads and management.");
}
