using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Settings;

/// <summary>
/// <c>/api/staff/settings/{section}</c>: every staff member may read the settings (the console needs the
/// lists); administrators change them. A change must name the revision it was made against.
/// </summary>
internal static class SettingsEndpoints
{
    public static RouteGroupBuilder MapSettingsSection<T>(this RouteGroupBuilder staff)
        where T : class, ISettingsSection<T>
    {
        staff.MapGet($"/settings/{T.SectionName}", GetAsync<T>);
        staff.MapPut($"/settings/{T.SectionName}", SaveAsync<T>).RequireAuthorization(IdentityExtensions.AdministratorPolicy);
        return staff;
    }

    private static async Task<Ok<SettingsDocument<T>>> GetAsync<T>(SettingsStore store, CancellationToken cancellationToken)
        where T : class, ISettingsSection<T>
    {
        var current = await store.GetVersionedAsync<T>(cancellationToken);
        return TypedResults.Ok(new SettingsDocument<T>(current.Value, current.Revision, current.UpdatedAt, current.UpdatedBy));
    }

    private static async Task<Results<Ok<SettingsDocument<T>>, ProblemHttpResult>> SaveAsync<T>(
        SettingsChange<T> change, HttpContext http, SettingsStore store, CancellationToken cancellationToken)
        where T : class, ISettingsSection<T>
    {
        // A change that breaks a setting's rules or lost the race to another administrator is refused by the
        // refusals SettingsModule and ProblemsModule name.
        var saved = await store.SaveAsync(change.Value, change.Revision, StaffClaims.ToActor(http.User), cancellationToken);
        return TypedResults.Ok(new SettingsDocument<T>(saved.Value, saved.Revision, saved.UpdatedAt, saved.UpdatedBy));
    }

    internal sealed record SettingsDocument<T>(T Value, int Revision, DateTimeOffset? UpdatedAt, string? UpdatedBy);

    internal sealed record SettingsChange<T>(T Value, int Revision);
}
