using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Staff.Identity;
using static Serverless.Feedback.Reports.Api.ReportAccess;

namespace Serverless.Feedback.Reports.Api;

/// <summary>
/// <c>GET /api/staff/reports/accountability/{month}</c>: management's per-month accountability table (docs/procedure.md §12).
/// Department heads read their own department's records on the case itself; the table across departments is
/// management's.
/// </summary>
internal static class AccountabilityEndpoints
{
    public static RouteGroupBuilder MapAccountabilityApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/accountability/{month}", GetAsync);
        return staff;
    }

    private static async Task<Results<Ok<AccountabilityMonth>, ProblemHttpResult>> GetAsync(
        string month, HttpContext http, ReportFactsReader facts, CompanyTime time, CancellationToken cancellationToken)
    {
        if (!StaffClaims.ToActor(http.User).IsManagement)
        {
            return Problem.Forbidden("The accountability table is for management.");
        }

        if (!ReportMonth.TryParse(month, out var period))
        {
            return Invalid("month", $"Give the month as yyyy-MM, such as 2026-03, not '{month}'.");
        }

        var zone = await time.ZoneAsync(cancellationToken);
        var loaded = await facts.LoadAsync(period.Start(zone), period.End(zone), cancellationToken);
        return TypedResults.Ok(AccountabilityTable.For(period, loaded, zone));
    }
}
