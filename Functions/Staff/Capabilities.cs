using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Reports.Api;

namespace Serverless.Feedback.Staff;

/// <summary>
/// What the signed-in person may do beyond working cases, from the rules the endpoints apply, so the console
/// offers exactly what the API accepts (what may be done to one case comes with the case: allowedActions).
/// </summary>
/// <param name="SeeAllCases">Lists and opens the cases of every department (<see cref="Actor.IsManagement"/>).</param>
/// <param name="EditCustomers">Changes the customer file (<c>PUT /api/staff/customers/{id}</c>).</param>
/// <param name="ExportCustomerData">Exports everything stored about a customer (administrators).</param>
/// <param name="AnonymiseCustomers">Anonymises a customer (administrators).</param>
/// <param name="ManagePeople">Adds and changes people in the staff directory (administrators).</param>
/// <param name="ManageSettings">Changes the settings and imports the company calendar (administrators).</param>
/// <param name="ReadManagementReports">Downloads the monthly summary and the complaint register.</param>
internal sealed record Capabilities(
    bool SeeAllCases,
    bool EditCustomers,
    bool ExportCustomerData,
    bool AnonymiseCustomers,
    bool ManagePeople,
    bool ManageSettings,
    bool ReadManagementReports)
{
    public static Capabilities Of(Actor actor)
    {
        // The administrator policy (IdentityExtensions.AdministratorPolicy) requires this role.
        var administrator = actor.Has(StaffRole.Administrator);
        return new Capabilities(
            SeeAllCases: actor.IsManagement,
            EditCustomers: actor.IsManagement || actor.Has(StaffRole.DepartmentHead),
            ExportCustomerData: administrator,
            AnonymiseCustomers: administrator,
            ManagePeople: administrator,
            ManageSettings: administrator,
            ReadManagementReports: ReportAccess.MayReadManagementReports(actor));
    }
}
