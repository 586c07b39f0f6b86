using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake.Desk;

/// <summary>Sends what is queued and tells which (recipient, template) mails went out since the last look.</summary>
internal sealed class MailWatch(FeedbackApp app, string customerAddress)
{
    private readonly HashSet<string> _seen = [];

    public async Task<IReadOnlyList<(string To, string Template, DecodedMail Mail)>> NewAsync()
    {
        var log = app.Get<IOutboxReader>();
        await app.DrainAsync("MailOutbox");
        var fresh = log.List().Where(e => _seen.Add(e.FileName)).ToList();
        var mails = new List<(string, string, DecodedMail)>();
        foreach (var entry in fresh)
        {
            mails.Add((Recipient(entry.MailId), Template(entry.MailId), await log.ReadDecodedAsync(entry.FileName, CancellationToken.None)));
        }

        return mails;
    }

    /// <summary>Checks exactly these mails went out since the last look.</summary>
    public async Task<IReadOnlyList<DecodedMail>> ExpectAsync(params (string To, string Template)[] expected)
    {
        var got = await NewAsync();
        Assert.Equal(expected.Select(e => $"{e.To} {e.Template}").Order(), got.Select(g => $"{g.To} {g.Template}").Order());
        return got.Select(g => g.Mail).ToList();
    }

    private string Recipient(string mailId) => mailId.EndsWith("-customer", StringComparison.Ordinal) ? customerAddress : mailId[(mailId.LastIndexOf('-') + 1)..] + "@example.com";

    private static string Template(string mailId)
    {
        var parts = mailId.Split('-');
        return string.Join('-', parts.Skip(5).Take(parts.Length - 6));
    }
}
