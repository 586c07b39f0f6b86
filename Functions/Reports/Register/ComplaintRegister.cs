using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Reports.Register;

/// <summary>The cases of a register period, in number order, with what the register prints beside them.</summary>
internal sealed record RegisterContent(DateOnly From, DateOnly To, IReadOnlyList<CaseRecord> Cases, ReportNames Names, OrganisationSettings Organisation, TimeZoneInfo Zone, DateTimeOffset GeneratedAt);

/// <summary>
/// Reads the complaint register (客户投诉登记表) of a period: every case received from one company date to
/// another. Case rows sit in one partition per month of receipt, so a period reads exactly its months.
/// </summary>
internal sealed class ComplaintRegister(ITableServiceClient tables, StorageNames names, ReportNameSource nameSource, SettingsStore settings, CompanyTime time)
{
    /// <summary>The longest period one register covers; a longer one is refused rather than read.</summary>
    public const int MaxDays = 366;

    public async Task<RegisterContent> LoadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var zone = await time.ZoneAsync(cancellationToken);
        var start = ReportMonth.StartOfDay(from, zone);
        var end = ReportMonth.StartOfDay(to.AddDays(1), zone);
        var table = tables.GetTableClient(names.Table(CaseRows.TableName));
        var cases = new List<CaseRecord>();
        for (var month = new ReportMonth(from.Year, from.Month); month <= new ReportMonth(to.Year, to.Month); month = month.Next)
        {
            await foreach (var row in table.QueryAsync(TableFilter.Create($"PartitionKey eq {month.Key} and Type eq {"case"}"), cancellationToken: cancellationToken))
            {
                var c = CaseRows.FromEntity(row);
                // The register lists what customers brought; the company's own improvement actions are not on it.
                if (c.ReceivedAt >= start && c.ReceivedAt < end && c.Kind != CaseKind.Improvement)
                {
                    cases.Add(c);
                }
            }
        }

        return new RegisterContent(
            from,
            to,
            [.. cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Number, StringComparer.Ordinal)],
            await nameSource.LoadAsync(cancellationToken),
            await settings.GetAsync<OrganisationSettings>(cancellationToken),
            zone,
            time.Now);
    }
}
