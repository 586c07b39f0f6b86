using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Deadlines.Actions;
using Serverless.Feedback.Deadlines.Answers;
using Serverless.Feedback.Deadlines.Import;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Deadlines.Verification;
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
        services.AddSingleton<IRegistrationHook, Duty.OnDutyAtReceipt>();
        services.AddSingleton<IDeadlineDescriber, DeadlineViews>();
        services.AddSingleton<IWorkingHoursDescriber, WorkingHoursDescription>();
        services.AddSingleton<IDerivedRowSource, DeadlineScheduleRows>();

        // The timers that chase cases: deadlines, the customer's answer, the effectiveness verification.
        services.AddSingleton<DueCaseSweep>();
        services.AddScoped<DeadlineSweepFunction>();
        services.AddSingleton<ICaseChangeHook, AnswerTimes>();
        services.AddSingleton<IDerivedRowSource, AnswerScheduleRows>();
        services.AddSingleton<ICaseChangeHook, VerificationTimes>();
        services.AddSingleton<IDerivedRowSource, VerificationScheduleRows>();
        services.AddSingleton<ICaseChangeHook, ActionTimes>();
        services.AddSingleton<IDerivedRowSource, ActionScheduleRows>();
        return services;
    }

    /// <summary>The deadline features of the staff API: importing holidays into the company calendar.</summary>
    public static RouteGroupBuilder MapDeadlinesApi(this RouteGroupBuilder staff) => staff.MapCalendarImport();
}
