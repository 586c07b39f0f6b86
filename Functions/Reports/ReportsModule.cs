using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Reports.Register;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Reports;

/// <summary>
/// Reports (docs/procedure.md §11): the 8D report per case, the monthly management summary and the complaint register.
/// Produced from the reports queue, stored in the <c>reports</c> container, mailed to the management list.
/// </summary>
internal static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddStorageLayout(
            tables: [ReportFactRows.TableName, MonthlyStatsStore.TableName],
            queueSettings: [QueueSettingNames.Reports],
            containers: [ReportArchive.ContainerName]);
        services.AddSingleton<IDerivedRowSource, ReportFactRows>();
        services.AddSingleton<ReportFactsReader>();
        services.AddSingleton<MonthlyStatsStore>();
        services.AddSingleton<MonthlySummaryService>();

        // The returns records replace this with their own count (docs/adr/0044-control-limits.md).
        services.AddSingleton<IReturnCount, NoReturnRecords>();
        services.AddSingleton<ReportNameSource>();
        services.AddSingleton<CaseReportSource>();
        services.AddSingleton<ComplaintRegister>();
        services.AddSingleton<Annual.AnnualReportSource>();
        services.AddSingleton<ReportArchive>();
        services.AddSingleton<ReportProducer>();
        services.AddSingleton<ReportRequester>();
        services.AddSingleton<IReportRequester>(sp => sp.GetRequiredService<ReportRequester>());
        services.AddSingleton<IManagementList, ManagementList>();
        services.AddSingleton<IMailComposer, ReportMailComposer>();
        return services;
    }
}
