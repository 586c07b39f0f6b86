using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Intake;

namespace Serverless.Feedback.Deadlines;

internal static class DeadlinesModule
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddSingleton<CompanyCalendarSource>();
        services.AddSingleton<ICompanyTimeZone>(sp => sp.GetRequiredService<CompanyCalendarSource>());
        services.AddSingleton<SlaHooks>();
        services.AddSingleton<IRegistrationHook>(sp => sp.GetRequiredService<SlaHooks>());
        services.AddSingleton<ICaseChangeHook>(sp => sp.GetRequiredService<SlaHooks>());
        services.AddSingleton<IDeadlineDescriber, DeadlineViews>();
        services.AddSingleton<IWorkingHoursDescriber, WorkingHoursDescription>();
        services.AddSingleton<IDerivedRowSource, DeadlineScheduleRows>();
        return services;
    }
}
