using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers.Privacy;
using Serverless.Feedback.Hosting.Http;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Customers;

/// <summary>
/// <c>/api/staff/customers</c>: the customer file (顾客档案) — find a customer, see all their cases, keep their
/// tier and contact details. Changes name the version they were made against.
/// </summary>
internal static class CustomerEndpoints
{
    private const int MaxPageSize = 200;

    public static RouteGroupBuilder MapCustomerApi(this RouteGroupBuilder staff)
    {
        var customers = staff.MapGroup("/customers");
        customers.MapGet("", ListAsync);
        customers.MapGet("/{id}", GetAsync);
        customers.MapPut("/{id}", UpdateAsync);
        customers.MapCustomerPrivacy();
        return staff;
    }

    private static async Task<Results<Ok<CustomerPage>, ProblemHttpResult>> ListAsync(
        string? q, string? tier, bool? main, int? pageSize, string? continuation, CustomerStore store, CancellationToken cancellationToken)
    {
        CustomerTier? tierFilter = null;
        if (!string.IsNullOrEmpty(tier))
        {
            if (!Enum.TryParse<CustomerTier>(tier, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Problem.Invalid("Unknown tier: use a, b or c.");
            }

            tierFilter = parsed;
        }

        var size = pageSize ?? 50;
        if (size is < 1 or > MaxPageSize)
        {
            return Problem.Invalid($"The page size is out of range: ask for 1 to {MaxPageSize} customers at a time.");
        }

        try
        {
            var (items, next) = await store.SearchAsync(q, tierFilter, main, size, continuation, cancellationToken);
            return TypedResults.Ok(new CustomerPage(items.Select(CustomerView.Of).ToList(), next));
        }
        catch (ArgumentException e)
        {
            return Problem.Invalid("The list request is not valid: " + e.Message);
        }
    }

    private static async Task<Results<Ok<CustomerDetail>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, CustomerStore store, CaseLists lists, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound(id);
        }

        var actor = StaffClaims.ToActor(http.User);
        var (cases, _) = await lists.ListAsync(new CaseListQuery { CustomerId = id, PageSize = 200 }, cancellationToken);

        // Outside management, people see the cases of their own department, the ones they handle, and untriaged ones.
        var visible = actor.IsManagement ? cases : cases.Where(c => c.Department == actor.Department || c.HandlerId == actor.Id || c.Stage == "received").ToList();
        http.Response.Headers.ETag = found.ETag.ToString();
        return TypedResults.Ok(new CustomerDetail(CustomerView.Of(found.Customer), visible.OrderByDescending(c => c.ReceivedAt).ToList(), cases.Count - visible.Count));
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> UpdateAsync(
        string id, CustomerChange change, HttpContext http, CustomerStore store, CancellationToken cancellationToken)
    {
        var actor = StaffClaims.ToActor(http.User);
        if (!actor.IsManagement && !actor.Has(StaffRole.DepartmentHead))
        {
            return Problem.Forbidden("Department heads and management keep the customer file.");
        }

        if (!IfMatch.TryRead(http.Request, out var ifMatch))
        {
            return Problem.VersionRequired("Send If-Match with the customer's ETag.");
        }

        if (change.Validate() is { Count: > 0 } errors)
        {
            return Problem.Invalid("The customer is not valid: see errors for each field.", errors);
        }

        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound(id);
        }

        if (found.Customer.ErasureRequested)
        {
            return Problem.Conflict("The customer's details were anonymised: an anonymised customer's file is not changed any more.");
        }

        // A save that lost the race to another change is refused as ProblemsModule says.
        var updated = change.ApplyTo(found.Customer);
        var etag = await store.SaveAsync(updated, ifMatch, cancellationToken);
        http.Response.Headers.ETag = etag.ToString();
        return TypedResults.Ok(CustomerView.Of(updated));
    }

    private static ProblemHttpResult NotFound(string id) =>
        Problem.NotFound($"There is no customer '{id}'.");

    internal sealed record CustomerPage(IReadOnlyList<CustomerView> Items, string? Continuation);

    internal sealed record CustomerDetail(CustomerView Customer, IReadOnlyList<CaseSummary> Cases, int CasesOfOtherDepartments);

    internal sealed record CustomerView(
        string Id, string Name, string? Company, string Email, string? Phone, string Language, CustomerTier Tier, bool MainCustomer, DateTimeOffset CreatedAt, DateTimeOffset? LastContactAt,
        DateTimeOffset? AnonymisingSince, DateTimeOffset? AnonymisedAt, IReadOnlyList<PrivacyRequest> PrivacyRequests)
    {
        public static CustomerView Of(Customer c) =>
            new(c.Id, c.Name, c.Company, c.Email, c.Phone, c.Language, c.Tier, c.MainCustomer, c.CreatedAt, c.LastContactAt, c.AnonymisingSince, c.AnonymisedAt, c.PrivacyRequests);
    }

    /// <summary>What staff may change on file; the e-mail address is the customer's identity and changes only through them.</summary>
    internal sealed record CustomerChange(string Name, string? Company, string? Phone, string Language, CustomerTier Tier, bool MainCustomer)
    {
        public Dictionary<string, string[]> Validate()
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100 || Name.Any(char.IsControl))
            {
                errors["name"] = ["A name of up to 100 characters on one line is required."];
            }

            if (Company is { Length: > 200 } || (Company?.Any(char.IsControl) ?? false))
            {
                errors["company"] = ["At most 200 characters on one line."];
            }

            if (Phone is { } phone && (phone.Length > 30 || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '/')))
            {
                errors["phone"] = ["Digits, spaces and + - ( ) / only, at most 30."];
            }

            if (Language is not ("en" or "zh-CN"))
            {
                errors["language"] = ["Use en or zh-CN."];
            }

            return errors;
        }

        public Customer ApplyTo(Customer c) => c with
        {
            Name = Name.Trim(),
            Company = string.IsNullOrWhiteSpace(Company) ? null : Company.Trim(),
            Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
            Language = Language,
            Tier = Tier,
            MainCustomer = MainCustomer,
        };
    }
}
