using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Reports.Annual;

/// <summary>Reads what the annual satisfaction report of a year needs; null when that year's survey was never sent.</summary>
internal sealed class AnnualReportSource(AnnualRows annual, CaseStore cases, SettingsStore settings, CompanyTime time)
{
    public async Task<AnnualReport?> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var data = await annual.ReadAsync(year, cancellationToken);
        if (data.Run?.SentAt is null)
        {
            return null;
        }

        var options = await settings.GetAsync<FollowUpSettings>(cancellationToken);
        var earlier = await annual.ReadAsync(year - 1, cancellationToken);
        var current = AnnualResults.Of(year, data, options);
        var improvements = new List<AnnualImprovement>();
        foreach (var item in current.Items.Where(i => i.CaseNumber is not null))
        {
            var stored = await cases.GetAsync(item.CaseNumber!, cancellationToken);
            improvements.Add(new AnnualImprovement(item.Item, item.CaseNumber!, stored?.Case.Assignment.Department, stored?.Case.Stage));
        }

        return new AnnualReport(
            current,
            earlier.Run?.SentAt is null ? null : AnnualResults.Of(year - 1, earlier, options),
            improvements,
            await time.ZoneAsync(cancellationToken),
            time.Now);
    }
}
