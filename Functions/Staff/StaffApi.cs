using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Staff;

/// <summary>The JSON API the staff console talks to: <c>/api/staff/...</c>, signed in, CSRF-checked.</summary>
internal static class StaffApi
{
    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        return app.MapGroup("/api/staff")
            .RequireAuthorization(IdentityExtensions.StaffPolicy)
            .AddEndpointFilter<CsrfEndpointFilter>()
            .DisableAntiforgery();
    }
}
