using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Cases;

internal static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddStorageLayout(
            tables: [CaseRows.TableName, CaseIndexRows.TableName, ScheduleRows.TableName],
            queueSettings: [QueueSettingNames.CaseFollowThrough]);
        services.AddSingleton<CompanyTime>();
        services.AddSingleton<DerivedRowWriter>();
        services.AddSingleton<IDerivedRowSource, CaseIndexRows>();
        services.AddSingleton<CaseFollowThroughQueue>();
        services.AddSingleton<CaseStore>();
        services.AddSingleton<CaseLists>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<CaseDetails>();
        services.AddRefusals(CaseRefusals.Answer);
        return services;
    }
}
