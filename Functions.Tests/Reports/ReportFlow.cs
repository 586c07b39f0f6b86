using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports;

/// <summary>Cases taken through the real app for the report tests: registered with photos, walked by CaseService, two hours a step.</summary>
internal static class ReportFlow
{
    public static async Task<CaseRecord> RegisterAsync(FeedbackApp app, string email = "chen@example.com")
    {
        var subject = ReportSamples.Complaint().Subject;
        var submission = new ValidSubmission(
            null, CaseKind.Complaint, Channel.Web, "Chen Jing", "Acme Ltd", email, null, "zh-CN", subject,
            [
                new ValidAttachment("crack-1.jpg", "image/jpeg", PdfSamples.Fixture("defect-small.jpg")),
                new ValidAttachment("label.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ],
            null,
            null);
        var registration = await app.Get<IntakeRegistrar>().RegisterAsync(submission, CancellationToken.None);
        await app.SettleAsync();
        return registration.Stored.Case;
    }

    /// <summary>Runs <paramref name="steps"/> of <see cref="ReportSamples.ToClosure"/> (all by default) on the stored case.</summary>
    public static async Task<CaseRecord> WalkAsync(FeedbackApp app, string number, int? steps = null)
    {
        var service = app.Get<CaseService>();
        CaseRecord current = null!;
        foreach (var (command, actor) in ReportSamples.ToClosure.Take(steps ?? ReportSamples.ToClosure.Count))
        {
            app.Clock.Advance(TimeSpan.FromHours(2));
            var who = actor ?? Actor.Customer((await app.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case.Customer);
            current = (await service.ExecuteAsync(number, command, who, null, CancellationToken.None)).Case;
        }

        return current;
    }

    /// <summary>The index in <see cref="ReportSamples.ToClosure"/> of the final approval: its report is produced then.</summary>
    public static int UpToFinalApproval => 6;

    public static IReadOnlyList<DecodedMail> ReportMails(this IReadOnlyList<DecodedMail> mails) =>
        [.. mails.Where(m => m.Subject.StartsWith("8D report", StringComparison.Ordinal) || m.Subject.StartsWith("8D 报告", StringComparison.Ordinal))];

    public static byte[] Pdf(this DecodedMail mail) =>
        Assert.Single(mail.Attachments, a => a.ContentType == "application/pdf").Content.ToArray();
}
