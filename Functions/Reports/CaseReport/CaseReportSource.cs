using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;

namespace Serverless.Feedback.Reports.CaseReport;

/// <summary>Gathers what the 8D report of a case needs: names, labels, the customer's photos and the time each step took.</summary>
internal sealed class CaseReportSource(
    IBlobServiceClient blobs,
    StorageNames names,
    ReportNameSource nameSource,
    SettingsStore settings,
    CompanyTime time,
    CompanyCalendarSource calendar)
{
    public async Task<CaseReportInput> LoadAsync(CaseRecord c, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(names.Container(IntakeRegistrar.AttachmentContainer));
        var photos = new List<CasePhoto>();
        var others = new List<AttachmentRef>();
        foreach (var attachment in c.Attachments)
        {
            var blob = attachment.ContentType == "image/jpeg" ? await container.DownloadAsync(attachment.BlobName, cancellationToken) : null;
            if (blob is null)
            {
                others.Add(attachment);
            }
            else
            {
                photos.Add(new CasePhoto(attachment, blob.Content.ToArray()));
            }
        }

        var calculator = await calendar.CalculatorAsync(cancellationToken);
        return new CaseReportInput
        {
            Case = c,
            Names = await nameSource.LoadAsync(cancellationToken),
            Organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken),
            Currency = (await settings.GetAsync<AuthoritySettings>(cancellationToken)).Currency,
            Photos = photos,
            OtherAttachments = others,
            Milestones = Milestones(c, calculator),
            Zone = await time.ZoneAsync(cancellationToken),
            GeneratedAt = time.Now,
        };
    }

    private static List<Milestone> Milestones(CaseRecord c, WorkingTimeCalculator calculator)
    {
        var steps = new List<(string Key, DateTimeOffset? At)>
        {
            ("deadline.firstResponse", c.FirstResponse?.At ?? c.Sla.Find(DeadlineKind.FirstResponse)?.MetAt),
            ("deadline.investigationReport", c.Investigation?.ReportedAt),
            ("deadline.resolution", c.Sla.Find(DeadlineKind.Resolution)?.MetAt),
            ("report.case.closure", c.Stage == CaseStage.Closed ? c.Closure?.ClosedAt : null),
        };
        return [.. steps.Where(s => s.At is { } at && at >= c.ReceivedAt).Select(s => new Milestone(s.Key, calculator.WorkingTimeBetween(c.ReceivedAt, s.At!.Value)))];
    }
}
