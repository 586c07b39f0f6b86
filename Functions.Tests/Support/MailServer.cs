using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Serverless.Feedback.Tests.Support;

/// <summary>
/// A real mail server for the mailbox tests: smtp4dev (the repository's pinned dotnet tool) on free loopback ports,
/// with an in-memory store. Mail is put into its mailbox over SMTP, as the company's mail server would deliver it,
/// and read back over IMAP, where the app reads it (docs/adr/0064-mailbox-channel.md).
/// </summary>
internal sealed class MailServer : IAsyncDisposable
{
    public const string UserName = "feedback";
    public const string Password = "mailbox-test-password";

    private readonly Process _process;

    private MailServer(Process process, int smtpPort, int imapPort)
    {
        _process = process;
        SmtpPort = smtpPort;
        ImapPort = imapPort;
    }

    public int SmtpPort { get; }

    public int ImapPort { get; }

    /// <summary>The app's settings for reading this server's mailbox.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mailbox:Host"] = "127.0.0.1",
        ["Mailbox:Port"] = ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mailbox:Security"] = "None",
        ["Mailbox:UserName"] = UserName,
        ["Mailbox:Password"] = Password,
    };

    public static async Task<MailServer> StartAsync()
    {
        int smtpPort = Loopback.FreePort(), imapPort = Loopback.FreePort(), webPort = Loopback.FreePort();
        var data = Path.Combine(Path.GetTempPath(), "sf-smtp4dev-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[]
                 {
                     "tool", "run", "smtp4dev", "--",
                     "--db=", "--nousersettings", "--baseappdatapath=" + data, "--bindaddress=127.0.0.1", "--disableipv6",
                     $"--smtpport={smtpPort}", $"--imapport={imapPort}", "--pop3port=", $"--urls=http://127.0.0.1:{webPort}",
                     "--authenticationrequired", $"--user={UserName}={Password}", "--smtpallowanycredentials",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailServer(process, smtpPort, imapPort);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await Loopback.WaitUntilListeningAsync(server._process, "smtp4dev (is the tool restored: 'dotnet tool restore'?)", smtpPort, timeout.Token);
        await Loopback.WaitUntilListeningAsync(server._process, "smtp4dev", imapPort, timeout.Token);
        return server;
    }

    /// <summary>Delivers <paramref name="message"/> to the mailbox over SMTP.</summary>
    public async Task DeliverAsync(MimeMessage message)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None);
        if (smtp.Capabilities.HasFlag(SmtpCapabilities.Authentication))
        {
            await smtp.AuthenticateAsync(UserName, Password);
        }

        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(quit: true);
    }

    /// <summary>The mails in the mailbox: Message-ID and whether it was marked read.</summary>
    public async Task<IReadOnlyList<(string? MessageId, bool Read)>> ListAsync()
    {
        using var imap = await SignInAsync();
        var inbox = imap.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly);
        var summaries = await inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.Flags);
        await imap.DisconnectAsync(quit: true);
        return summaries.Select(s => (s.Envelope?.MessageId, s.Flags!.Value.HasFlag(MessageFlags.Seen))).ToList();
    }

    /// <summary>Empties the mailbox, so each test starts with its own mail only.</summary>
    public async Task ClearAsync()
    {
        using var imap = await SignInAsync();
        var inbox = imap.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadWrite);
        var all = await inbox.SearchAsync(SearchQuery.All);
        if (all.Count > 0)
        {
            await inbox.AddFlagsAsync(all, MessageFlags.Deleted, silent: true);
            await inbox.ExpungeAsync();
        }

        await imap.DisconnectAsync(quit: true);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task<ImapClient> SignInAsync()
    {
        var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None);
        await imap.AuthenticateAsync(UserName, Password);
        return imap;
    }
}
