using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Serverless.Feedback.Mail.Imap;

/// <summary>
/// Opens the configured mailbox folder with MailKit. Unread mail is what is new: a mail is marked read only once it
/// has been taken, so whatever could not be taken stays unread in the mailbox for the next run and for people.
/// </summary>
internal sealed class ImapMailbox(IOptions<MailboxOptions> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    /// <exception cref="MailboxUnavailableException">The server did not answer, refused the sign-in or has no such folder.</exception>
    public async Task<MailboxSession> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new ImapClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            var security = settings.Security switch
            {
                MailboxSecurity.StartTls => SecureSocketOptions.StartTls,
                MailboxSecurity.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.SslOnConnect,
            };
            await client.ConnectAsync(settings.Host ?? "", settings.Port, security, cancellationToken);
            await client.AuthenticateAsync(settings.UserName ?? "", settings.Password ?? "", cancellationToken);
            var folder = await client.GetFolderAsync(settings.Folder, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            return new MailboxSession(client, folder);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            client.Dispose();
            throw new MailboxUnavailableException($"The mailbox {settings.UserName}@{settings.Host}:{settings.Port} could not be opened: {e.Message}", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Whatever the network or the server did wrong; a cancelled run is not the mailbox's fault.</summary>
    internal static bool IsUnavailable(Exception e, CancellationToken cancellationToken) =>
        e is IOException or System.Net.Sockets.SocketException or TimeoutException or MailKit.Security.AuthenticationException
            or SslHandshakeException or ImapProtocolException or ImapCommandException or ServiceNotConnectedException or FolderNotFoundException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}

/// <summary>An open mailbox folder; disposing signs out.</summary>
internal sealed class MailboxSession(ImapClient client, IMailFolder folder) : IAsyncDisposable
{
    /// <summary>The unread mails, oldest first.</summary>
    public async Task<IReadOnlyList<UniqueId>> UnreadAsync(CancellationToken cancellationToken) =>
        (await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken)).OrderBy(u => u.Id).ToList();

    /// <summary>Reads a mail without marking it read.</summary>
    public Task<MimeMessage> ReadAsync(UniqueId id, CancellationToken cancellationToken) => folder.GetMessageAsync(id, cancellationToken);

    public Task MarkReadAsync(UniqueId id, CancellationToken cancellationToken) =>
        folder.AddFlagsAsync(id, MessageFlags.Seen, silent: true, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception e) when (ImapMailbox.IsUnavailable(e, CancellationToken.None))
        {
            // Signing out of a server that went away changes nothing for the mails already taken.
        }
        finally
        {
            client.Dispose();
        }
    }
}

/// <summary>The mailbox did not answer, refused the sign-in or lacks the folder.</summary>
internal sealed class MailboxUnavailableException(string message, Exception inner) : Exception(message, inner);
