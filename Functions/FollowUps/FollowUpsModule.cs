using Serverless.Feedback.Customers;
using Serverless.Feedback.Customers.Privacy;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.FollowUps.Contacts;
using Serverless.Feedback.FollowUps.Privacy;
using Serverless.Feedback.FollowUps.Suggestions;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.FollowUps;

internal static class FollowUpsModule
{
    /// <summary>Follow-up and satisfaction (docs/procedure.md §10): the semi-annual contact, the annual survey, the survey pages and each customer's record.</summary>
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddStorageLayout(tables: [FollowUpTable.Name]);
        services.AddSingleton<ICustomerRowSource, FollowUpScheduleRows>();
        services.AddSingleton<ICustomerRowSource, MainCustomerRows>();
        services.AddSingleton<FollowUpRecords>();
        services.AddSingleton<ICustomerDataHolder, FollowUpPrivacy>();
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<IMailComposer, SurveyMailComposer>();
        services.AddSingleton<FollowUpSweep>();
        services.AddSingleton<AnnualRows>();
        services.AddSingleton<AnnualSurveyRun>();
        services.AddSingleton<AnnualPraise>();
        services.AddSingleton<IMailComposer, AnnualPraiseMail>();
        services.AddSingleton<SuggestionRows>();
        services.AddSingleton<ISurveyAnswerHook, SuggestionRecorder>();
        services.AddSingleton<SuggestionDigest>();
        services.AddSingleton<IMailComposer, SuggestionDigestMail>();
        services.AddSingleton<VisitTaskRows>();
        services.AddSingleton<VisitTaskViews>();
        services.AddSingleton<ISurveyAnswerHook, DissatisfiedCustomers>();
        services.AddSingleton<AnnualReminders>();
        services.AddSingleton<AnnualPhoneAnswers>();
        services.AddSingleton<AnnualSilentCustomers>();
        return services;
    }

    /// <summary>The public survey pages.</summary>
    public static IEndpointRouteBuilder MapFollowUps(this IEndpointRouteBuilder app) => app.MapSurveyPages();

    /// <summary>The staff API: customers' follow-up records, the visit list, annual survey results, its non-respondents and the answers staff enter, survey suggestions.</summary>
    public static RouteGroupBuilder MapFollowUpApi(this RouteGroupBuilder staff) => staff.MapCustomerContacts().MapAnnualSurveyApi().MapAnnualChaseApi().MapSuggestionApi();
}
