using Serverless.Feedback.Cases;

namespace Serverless.Feedback.Deadlines;

internal static class DeadlinesModule
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddSingleton<CompanyCalendarSource>();
        services.AddSingleton<ICompanyTimeZone>(sp => sp.GetRequiredService<CompanyCalendarSource>());
        return services;
    }
}
