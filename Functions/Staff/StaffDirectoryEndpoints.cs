using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Hosting.Http;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Staff;

/// <summary>Who is signed in, and the staff directory (maintained by administrators).</summary>
internal static class StaffDirectoryEndpoints
{
    public static RouteGroupBuilder MapStaffDirectoryApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/me", GetMeAsync);
        staff.MapGet("/people", ListAsync);
        staff.MapGet("/people/{id}", GetAsync);
        var admin = staff.MapGroup("/people").RequireAuthorization(IdentityExtensions.AdministratorPolicy);
        admin.MapPost("", CreateAsync);
        admin.MapPut("/{id}", UpdateAsync);
        return staff;
    }

    /// <summary>Who is signed in and what they may do, and the app's clock and the company's date, so the console judges "overdue" and "in the past" as the server does.</summary>
    private static async Task<Ok<Me>> GetMeAsync(HttpContext http, Cases.CompanyTime time, CancellationToken cancellationToken)
    {
        var actor = StaffClaims.ToActor(http.User);
        var zone = await time.ZoneAsync(cancellationToken);
        return TypedResults.Ok(new Me(
            actor.Id,
            actor.Name,
            http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? "",
            actor.Department,
            actor.Roles,
            http.User.FindFirst(StaffClaims.Language)?.Value ?? "zh-CN",
            time.Now,
            await time.TodayAsync(cancellationToken),
            zone.Id,
            Capabilities.Of(actor)));
    }

    /// <summary>Everyone sees names, departments and roles (to pick a handler or verifier); e-mail only for administrators.</summary>
    private static async Task<Ok<IReadOnlyList<PersonView>>> ListAsync(HttpContext http, StaffDirectory directory, CancellationToken cancellationToken)
    {
        var isAdmin = http.User.IsInRole(nameof(StaffRole.Administrator));
        var people = (await directory.ListAsync(cancellationToken))
            .Select(m => new PersonView(m.Id, m.Name, isAdmin ? m.Email : null, m.Department, m.Roles, m.Language, m.Active, isAdmin ? m.ObjectId : null))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<PersonView>>(people);
    }

    /// <summary>One person, with the ETag an administrator's change must send back in If-Match.</summary>
    private static async Task<Results<Ok<PersonView>, ProblemHttpResult>> GetAsync(string id, HttpContext http, StaffDirectory directory, CancellationToken cancellationToken)
    {
        if (await directory.GetAsync(id, cancellationToken) is not { } found)
        {
            return NoSuchPerson(id);
        }

        var isAdmin = http.User.IsInRole(nameof(StaffRole.Administrator));
        var m = found.Member;
        http.Response.Headers.ETag = found.ETag.ToString();
        return TypedResults.Ok(new PersonView(m.Id, m.Name, isAdmin ? m.Email : null, m.Department, m.Roles, m.Language, m.Active, isAdmin ? m.ObjectId : null));
    }

    private static async Task<Results<Created<PersonView>, ProblemHttpResult>> CreateAsync(PersonInput input, StaffDirectory directory, SettingsStore settings, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, settings, cancellationToken) is { } problem)
        {
            return problem;
        }

        var member = input.ToMember(Id(input));
        try
        {
            await directory.SaveAsync(member, ifMatch: null, cancellationToken);
        }
        catch (EntityAlreadyExistsException e)
        {
            return Problem.Conflict("Already in the directory: " + e.Message);
        }

        return TypedResults.Created($"/api/staff/people/{member.Id}", View(member));
    }

    private static async Task<Results<Ok<PersonView>, ProblemHttpResult>> UpdateAsync(
        string id, PersonInput input, HttpContext http, StaffDirectory directory, SettingsStore settings, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, settings, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (await directory.GetAsync(id, cancellationToken) is not { } existing)
        {
            return NoSuchPerson(id);
        }

        if (!IfMatch.TryRead(http.Request, out var ifMatch))
        {
            return Problem.VersionRequired("Send If-Match with the ETag from the list.");
        }

        try
        {
            var member = input.ToMember(id);

            // The tenant belongs to the object id it was seen with.
            member = member with { TenantId = member.ObjectId == existing.Member.ObjectId ? existing.Member.TenantId : null };
            var etag = await directory.SaveAsync(member, ifMatch, cancellationToken);
            http.Response.Headers.ETag = etag.ToString();
            return TypedResults.Ok(View(member));
        }
        catch (ConcurrencyConflictException)
        {
            return Problem.ChangedFirst($"Someone else changed this person first. Current version: {existing.ETag}.");
        }
        catch (EntityAlreadyExistsException e)
        {
            return Problem.Conflict("The e-mail address is in use: " + e.Message);
        }
    }

    private static async Task<ProblemHttpResult?> ValidateAsync(PersonInput input, SettingsStore settings, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors["name"] = ["A name of up to 100 characters is required."];
        }

        if (!MailboxSyntax.IsBareAddress(input.Email?.Trim()))
        {
            errors["email"] = ["A valid e-mail address is required."];
        }

        if (input.Roles.Count == 0)
        {
            errors["roles"] = ["At least one role is required."];
        }

        if (input.Language is not ("en" or "zh-CN"))
        {
            errors["language"] = ["Use en or zh-CN."];
        }

        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        if (input.Department is not null && !organisation.IsDepartment(input.Department))
        {
            errors["department"] = [$"'{input.Department}' is not a department."];
        }

        return errors.Count == 0
            ? null
            : Problem.Invalid("The person is not valid: see errors for each field.", errors);
    }

    private static ProblemHttpResult NoSuchPerson(string id) => Problem.NotFound($"There is nobody '{id}' in the staff directory.");

    private static string Id(PersonInput input) => input.ObjectId is { Length: > 0 } oid ? oid : "u-" + Guid.NewGuid().ToString("N")[..12];

    private static PersonView View(StaffMember m) => new(m.Id, m.Name, m.Email, m.Department, m.Roles, m.Language, m.Active, m.ObjectId);

    internal sealed record Me(
        string Id, string Name, string Email, string? Department, IReadOnlyList<StaffRole> Roles, string Language, DateTimeOffset Now, DateOnly CompanyToday, string CompanyTimeZone, Capabilities Capabilities);

    internal sealed record PersonView(string Id, string Name, string? Email, string? Department, IReadOnlyList<StaffRole> Roles, string Language, bool Active, string? ObjectId);

    internal sealed record PersonInput(string Name, string Email, string? Department, IReadOnlyList<StaffRole> Roles, string Language, bool Active, string? ObjectId)
    {
        public StaffMember ToMember(string id) => new()
        {
            Id = id,
            Name = Name.Trim(),
            Email = Email.Trim(),
            Department = Department,
            Roles = Roles.Distinct().ToList(),
            Language = Language,
            Active = Active,
            ObjectId = string.IsNullOrWhiteSpace(ObjectId) ? null : ObjectId.Trim(),
        };
    }
}
