using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>
/// A small SMTP server on 127.0.0.1 for tests: EHLO/HELO, optional STARTTLS with the test certificate,
/// optional AUTH LOGIN/PLAIN, MAIL, RCPT, DATA (with dot-unstuffing), RSET, NOOP, QUIT. It records every
/// message it accepts. <see cref="RejectRecipient"/> makes RCPT fail for one address;
/// <see cref="Silent"/> makes it accept connections and then say nothing.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _sessions = [];
    private readonly Lock _gate = new();
    private readonly List<ReceivedMessage> _messages = [];
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _acceptLoop;

    public bool OfferStartTls { get; init; }

    public NetworkCredential? RequiredCredential { get; init; }

    public string? RejectRecipient { get; init; }

    public bool Silent { get; init; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Completes when the first client connects.</summary>
    public Task Connected => _connected.Task;

    public IReadOnlyList<ReceivedMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public TestSmtpServer Start()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await (_acceptLoop ?? Task.CompletedTask);
            await Task.WhenAll(SessionsSnapshot());
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Sessions end abruptly when the test is over; nothing to report.
        }

        _stop.Dispose();
    }

    private Task[] SessionsSnapshot()
    {
        lock (_gate)
        {
            return [.. _sessions];
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connected.TrySetResult();
            lock (_gate)
            {
                _sessions.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        if (Silent)
        {
            await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var session = new Session(client.GetStream());
        var token = _stop.Token;
        string? authenticatedUser = null;
        string? mailFrom = null;
        var recipients = new List<string>();
        await session.ReplyAsync("220 localhost test SMTP ready", token);
        while (await session.ReadLineAsync(token) is { } line)
        {
            var verb = (line.Split(' ', 2)[0]).ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    var features = new List<string> { "localhost" };
                    if (OfferStartTls && !session.IsEncrypted)
                    {
                        features.Add("STARTTLS");
                    }

                    if (RequiredCredential is not null)
                    {
                        features.Add("AUTH LOGIN PLAIN");
                    }

                    features.Add("8BITMIME");
                    for (var i = 0; i < features.Count; i++)
                    {
                        await session.ReplyAsync((i < features.Count - 1 ? "250-" : "250 ") + features[i], token);
                    }

                    break;
                case "HELO":
                    await session.ReplyAsync("250 localhost", token);
                    break;
                case "STARTTLS":
                    await session.ReplyAsync("220 Go ahead", token);
                    await session.UpgradeAsync(token);
                    authenticatedUser = null;
                    break;
                case "AUTH":
                    authenticatedUser = await AuthenticateAsync(session, line, token);
                    break;
                case "MAIL":
                    if (RequiredCredential is not null && authenticatedUser is null)
                    {
                        await session.ReplyAsync("530 Authentication required", token);
                        break;
                    }

                    mailFrom = Angle(line);
                    recipients.Clear();
                    await session.ReplyAsync("250 OK", token);
                    break;
                case "RCPT":
                    var recipient = Angle(line);
                    if (string.Equals(recipient, RejectRecipient, StringComparison.OrdinalIgnoreCase))
                    {
                        await session.ReplyAsync("550 No such user here", token);
                        break;
                    }

                    recipients.Add(recipient);
                    await session.ReplyAsync("250 OK", token);
                    break;
                case "DATA":
                    await session.ReplyAsync("354 End data with <CR><LF>.<CR><LF>", token);
                    var data = await session.ReadDataAsync(token);
                    lock (_gate)
                    {
                        _messages.Add(new ReceivedMessage(mailFrom ?? string.Empty, [.. recipients], data, session.IsEncrypted, authenticatedUser));
                    }

                    await session.ReplyAsync("250 OK queued", token);
                    break;
                case "RSET":
                    mailFrom = null;
                    recipients.Clear();
                    await session.ReplyAsync("250 OK", token);
                    break;
                case "NOOP":
                    await session.ReplyAsync("250 OK", token);
                    break;
                case "QUIT":
                    await session.ReplyAsync("221 Bye", token);
                    return;
                default:
                    await session.ReplyAsync("502 Command not implemented", token);
                    break;
            }
        }
    }

    private async Task<string?> AuthenticateAsync(Session session, string line, CancellationToken token)
    {
        var parts = line.Split(' ');
        string? user = null;
        string? password = null;
        if (parts.Length >= 2 && parts[1].Equals("LOGIN", StringComparison.OrdinalIgnoreCase))
        {
            // The user name may come with the command (an initial response) or after a prompt.
            if (parts.Length >= 3)
            {
                user = Decode(parts[2]);
            }
            else
            {
                await session.ReplyAsync("334 " + Convert.ToBase64String("Username:"u8), token);
                user = Decode(await session.ReadLineAsync(token));
            }

            await session.ReplyAsync("334 " + Convert.ToBase64String("Password:"u8), token);
            password = Decode(await session.ReadLineAsync(token));
        }
        else if (parts.Length >= 2 && parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            var response = parts.Length >= 3 ? parts[2] : await RequestPlainAsync(session, token);
            var fields = Decode(response)?.Split('\0');
            (user, password) = fields is { Length: 3 } ? (fields[1], fields[2]) : (null, null);
        }

        if (RequiredCredential is not null && user == RequiredCredential.UserName && password == RequiredCredential.Password)
        {
            await session.ReplyAsync("235 Authentication succeeded", token);
            return user;
        }

        await session.ReplyAsync("535 Authentication failed", token);
        return null;
    }

    private static async Task<string?> RequestPlainAsync(Session session, CancellationToken token)
    {
        await session.ReplyAsync("334 ", token);
        return await session.ReadLineAsync(token);
    }

    private static string? Decode(string? base64)
    {
        try
        {
            return base64 is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Angle(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? line[(open + 1)..close] : string.Empty;
    }

    /// <summary>One accepted message: the envelope, the DATA exactly as received (after dot-unstuffing), and how it arrived.</summary>
    internal sealed record ReceivedMessage(string MailFrom, IReadOnlyList<string> Recipients, byte[] Data, bool WasEncrypted, string? AuthenticatedUser);

    /// <summary>Line-oriented reading that never reads past a line end, so the stream can be switched to TLS after STARTTLS.</summary>
    private sealed class Session(Stream stream)
    {
        private Stream _stream = stream;

        public bool IsEncrypted { get; private set; }

        public async Task ReplyAsync(string line, CancellationToken token)
        {
            await _stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), token);
            await _stream.FlushAsync(token);
        }

        public async Task UpgradeAsync(CancellationToken token)
        {
            var tls = new SslStream(_stream, leaveInnerStreamOpen: false);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = TestCertificate.Server }, token);
            _stream = tls;
            IsEncrypted = true;
        }

        public async Task<string?> ReadLineAsync(CancellationToken token)
        {
            var bytes = await ReadRawLineAsync(token);
            return bytes is null ? null : Encoding.Latin1.GetString(bytes);
        }

        /// <summary>Reads DATA up to the lone "." line; keeps CRLF line ends, removes dot-stuffing.</summary>
        public async Task<byte[]> ReadDataAsync(CancellationToken token)
        {
            using var data = new MemoryStream();
            while (await ReadRawLineAsync(token) is { } line)
            {
                if (line is [(byte)'.'])
                {
                    break;
                }

                var content = line is [(byte)'.', ..] ? line[1..] : line;
                data.Write(content);
                data.Write("\r\n"u8);
            }

            return data.ToArray();
        }

        private async Task<byte[]?> ReadRawLineAsync(CancellationToken token)
        {
            var line = new List<byte>();
            var one = new byte[1];
            while (true)
            {
                if (await _stream.ReadAsync(one, token) == 0)
                {
                    return line.Count == 0 ? null : [.. line];
                }

                if (one[0] == (byte)'\n')
                {
                    if (line.Count > 0 && line[^1] == (byte)'\r')
                    {
                        line.RemoveAt(line.Count - 1);
                    }

                    return [.. line];
                }

                line.Add(one[0]);
            }
        }
    }
}
