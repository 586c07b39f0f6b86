using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Acs;
using Serverless.Feedback.Mail.Configuration;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail.Acs;

/// <summary>The ACS sender against a local HTTPS stand-in that checks signatures and tokens the way the service does.</summary>
public sealed class AcsEmailSenderTests
{
    private static readonly string Key = Convert.ToBase64String(SampleMail.Bytes(32, seed: 42));
    private readonly FakeTimeProvider _serverClock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly SteppingTimeProvider _time;

    public AcsEmailSenderTests() => _time = new SteppingTimeProvider(_serverClock);

    [Fact]
    public async Task SendAsync_AccessKey_SignedSendThenPollsUntilSucceeded()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Running", "Running", "Succeeded"] });
        var mail = SampleMail.Chinese();

        var result = await Sender(server, o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.AccessKey = Key; }).SendAsync(mail, CancellationToken.None);

        var requests = server.Requests;
        Assert.All(requests, r => Assert.Null(r.Rejection));
        Assert.Equal(["POST", "GET", "GET"], requests.Select(r => r.Method));
        var send = requests[0];
        Assert.Equal($"/emails:send?api-version={AcsTestServer.ApiVersion}", send.Target);
        Assert.Equal(AcsOperationId.For(mail.MailId), send.Headers["Operation-Id"]);
        Assert.Equal(send.Headers["Operation-Id"], result.ProviderMessageId);
        Assert.All(requests.Skip(1), r => Assert.Equal($"/emails/operations/{result.ProviderMessageId}?api-version={AcsTestServer.ApiVersion}", r.Target));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], _time.Waits);
    }

    [Fact]
    public async Task SendAsync_Body_HasTheDocumentedShape()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Succeeded"] });
        var mail = SampleMail.Chinese();

        await Sender(server, o => o.Acs.ConnectionString = $"endpoint={server.Endpoint};accesskey={Key}").SendAsync(mail, CancellationToken.None);

        var raw = Encoding.UTF8.GetString(server.Requests.Single().Body);
        Assert.Contains(SampleMail.ChineseName, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", raw, StringComparison.Ordinal);
        var json = server.Requests.Single().Json;
        Assert.Equal("feedback@example.com", json.GetProperty("senderAddress").GetString());
        var content = json.GetProperty("content");
        Assert.Equal(SampleMail.ChineseSubject, content.GetProperty("subject").GetString());
        Assert.Equal(mail.TextBody, content.GetProperty("plainText").GetString());
        Assert.Equal(mail.HtmlBody, content.GetProperty("html").GetString());
        var to = json.GetProperty("recipients").GetProperty("to");
        Assert.Equal("zhang.xiaoming@example.cn", to[0].GetProperty("address").GetString());
        Assert.Equal(SampleMail.ChineseName, to[0].GetProperty("displayName").GetString());
        Assert.False(to[1].TryGetProperty("displayName", out _));
        Assert.Equal("quality@example.com", json.GetProperty("recipients").GetProperty("cc")[0].GetProperty("address").GetString());
        Assert.Equal("service@example.com", json.GetProperty("replyTo")[0].GetProperty("address").GetString());
        var attachment = json.GetProperty("attachments")[0];
        Assert.Equal(SampleMail.ChineseFileName, attachment.GetProperty("name").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal(SampleMail.PdfBytes, Convert.FromBase64String(attachment.GetProperty("contentInBase64").GetString()!));
    }

    [Fact]
    public async Task SendAsync_AnswerInAThread_CarriesInReplyToAndReferencesAsHeaders()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Succeeded"] });
        var mail = SampleMail.Chinese() with { InReplyTo = "a1@customer.example", References = ["a0@customer.example", "a1@customer.example"] };

        await Sender(server, o => o.Acs.ConnectionString = $"endpoint={server.Endpoint};accesskey={Key}").SendAsync(mail, CancellationToken.None);

        var headers = server.Requests.Single().Json.GetProperty("headers");
        Assert.Equal("<a1@customer.example>", headers.GetProperty("In-Reply-To").GetString());
        Assert.Equal("<a0@customer.example> <a1@customer.example>", headers.GetProperty("References").GetString());
    }

    [Fact]
    public async Task SendAsync_NewMail_SendsNoThreadHeaders()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Succeeded"] });

        await Sender(server, o => o.Acs.ConnectionString = $"endpoint={server.Endpoint};accesskey={Key}").SendAsync(SampleMail.Chinese(), CancellationToken.None);

        Assert.False(server.Requests.Single().Json.TryGetProperty("headers", out _));
    }

    [Fact]
    public async Task SendAsync_GuidMailId_IsTheOperationId()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Succeeded"] });
        var mailId = Guid.NewGuid().ToString();

        var result = await HmacSender(server).SendAsync(SampleMail.Plain(mailId), CancellationToken.None);

        Assert.Equal(mailId, result.ProviderMessageId);
        Assert.Equal(mailId, server.Requests.Single().Headers["Operation-Id"]);
    }

    [Theory]
    [InlineData("Failed")]
    [InlineData("Canceled")]
    public async Task SendAsync_OperationEndsBadly_ThrowsWithTheServiceError(string status)
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Running", status] });

        var error = await Assert.ThrowsAsync<MailSendException>(() => HmacSender(server).SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Equal("EmailDropped", error.ErrorCode);
        Assert.Contains(status, error.Message, StringComparison.Ordinal);
        Assert.Contains("dropped", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("body", "x-ms-content-sha256 does not match the body")]
    [InlineData("body and hash", "signature does not match")]
    [InlineData("date", "signature does not match")]
    public async Task SendAsync_RequestChangedAfterSigning_RejectedByTheSignatureCheck(string tamper, string reason)
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key });
        var sender = Sender(server, o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.AccessKey = Key; }, new Tamperer(tamper));

        var error = await Assert.ThrowsAsync<MailSendException>(() => sender.SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Equal("Denied", error.ErrorCode);
        Assert.Equal(reason, server.Requests.Single().Rejection);
    }

    [Fact]
    public async Task SendAsync_ClockAnHourOff_RejectedForItsDate()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key });
        var skewed = new FakeTimeProvider(_serverClock.GetUtcNow().AddHours(1));
        var sender = new AcsEmailSender(Client(o => { o.Endpoint = server.Endpoint.ToString(); o.AccessKey = Key; }, skewed), Settings(_ => { }), skewed, NullLogger<AcsEmailSender>.Instance);

        await Assert.ThrowsAsync<MailSendException>(() => sender.SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Equal("x-ms-date missing or more than 15 minutes off", server.Requests.Single().Rejection);
    }

    [Fact]
    public async Task SendAsync_WrongKey_Rejected()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key });
        var otherKey = Convert.ToBase64String(SampleMail.Bytes(32, seed: 43));

        await Assert.ThrowsAsync<MailSendException>(() => Sender(server, o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.AccessKey = otherKey; }).SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Equal("signature does not match", server.Requests.Single().Rejection);
    }

    [Fact]
    public async Task SendAsync_ManagedIdentity_BearerTokenForTheCommunicationScope()
    {
        await using var server = await Start(new AcsServerScript { BearerToken = "entra-token", Statuses = ["Running", "Succeeded"] });
        var credential = new RecordingTokenCredential("entra-token");
        var options = Settings(o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.UseManagedIdentity = true; });
        var sender = new AcsEmailSender(AcsEmailClient.Create(options.Value.Acs, _time, credential, Transport()), options, _time, NullLogger<AcsEmailSender>.Instance);

        await sender.SendAsync(SampleMail.Plain(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer entra-token", r.Headers["Authorization"]));
        Assert.All(server.Requests, r => Assert.False(r.Headers.ContainsKey("x-ms-content-sha256")));
        Assert.Equal("https://communication.azure.com//.default", credential.RequestedScopes.Distinct().Single());
    }

    [Fact]
    public async Task SendAsync_OverTheSizeLimit_RefusedBeforeAnyRequest()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key });
        var mail = SampleMail.Plain() with { Attachments = [new("big.pdf", "application/pdf", new byte[6000])] };
        var sender = Sender(server, o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.AccessKey = Key; o.Acs.MaxMessageBytes = 8000; });

        var error = await Assert.ThrowsAsync<MailTooLargeException>(() => sender.SendAsync(mail, CancellationToken.None));

        Assert.Equal(8000, error.LimitBytes);
        Assert.True(error.SizeBytes > 8000);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task SendAsync_StillRunningAtPollTimeout_ThrowsAfterWaitingAsToldByRetryAfter()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, Statuses = ["Running"], RetryAfterSeconds = 4 });
        var sender = Sender(server, o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.AccessKey = Key; o.Acs.PollTimeoutSeconds = 10; });

        var error = await Assert.ThrowsAsync<MailSendException>(() => sender.SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Equal("PollTimeout", error.ErrorCode);
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2)], _time.Waits);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ServiceRefusesTheSend_ThrowsWithItsCode()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, RefuseSend = (HttpStatusCode.BadRequest, "InvalidSenderAddress") });

        var error = await Assert.ThrowsAsync<MailSendException>(() => HmacSender(server).SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Equal("InvalidSenderAddress", error.ErrorCode);
        Assert.Contains("400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_OperationLocationOnAnotherHost_PollsTheResourceItself()
    {
        await using var server = await Start(new AcsServerScript { AccessKey = Key, ForeignOperationLocation = "https://elsewhere.example.com/steal" });

        await HmacSender(server).SendAsync(SampleMail.Plain(), CancellationToken.None);

        Assert.StartsWith("/emails/operations/", server.Requests[1].Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NothingListening_ThrowsMailSendException()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = Settings(o => { o.Acs.Endpoint = $"https://127.0.0.1:{port}"; o.Acs.AccessKey = Key; });
        var sender = new AcsEmailSender(AcsEmailClient.Create(options.Value.Acs, _time, transport: Transport(), maxRetries: 0), options, _time, NullLogger<AcsEmailSender>.Instance);

        var error = await Assert.ThrowsAsync<MailSendException>(() => sender.SendAsync(SampleMail.Plain(), CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    private Task<AcsTestServer> Start(AcsServerScript script) => AcsTestServer.StartAsync(_serverClock.GetUtcNow, script);

    private AcsEmailSender HmacSender(AcsTestServer server) =>
        Sender(server, o => { o.Acs.Endpoint = server.Endpoint.ToString(); o.Acs.AccessKey = Key; });

    private AcsEmailSender Sender(AcsTestServer server, Action<MailOptions> configure, HttpMessageHandler? outer = null)
    {
        var options = Settings(configure);
        return new AcsEmailSender(AcsEmailClient.Create(options.Value.Acs, _time, transport: Transport(outer)), options, _time, NullLogger<AcsEmailSender>.Instance);
    }

    private static AcsEmailClient Client(Action<AcsMailOptions> configure, TimeProvider time)
    {
        var options = new AcsMailOptions();
        configure(options);
        return AcsEmailClient.Create(options, time, transport: Transport());
    }

    private static Microsoft.Extensions.Options.IOptions<MailOptions> Settings(Action<MailOptions> configure) =>
        MailSettings.Of(o =>
        {
            o.Sender = MailSenderKind.Acs;
            configure(o);
        });

    /// <summary>Real HTTPS to the stand-in, trusting only the test certificate.</summary>
    private static HttpClientTransport Transport(HttpMessageHandler? outer = null)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => TestCertificate.IsTrusted(certificate, errors);
        if (outer is DelegatingHandler delegating)
        {
            delegating.InnerHandler = handler;
            return new HttpClientTransport(delegating);
        }

        return new HttpClientTransport(handler);
    }

    /// <summary>Changes a request after it was signed, as a man in the middle would.</summary>
    private sealed class Tamperer(string what) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (what.StartsWith("body", StringComparison.Ordinal) && request.Content is not null)
            {
                var body = Encoding.UTF8.GetString(await request.Content.ReadAsByteArrayAsync(cancellationToken))
                    .Replace("customer@example.com", "attacker@example.com", StringComparison.Ordinal);
                var bytes = Encoding.UTF8.GetBytes(body);
                request.Content = new ByteArrayContent(bytes);
                request.Content.Headers.ContentType = new("application/json");
                if (what == "body and hash")
                {
                    request.Headers.Remove("x-ms-content-sha256");
                    request.Headers.Add("x-ms-content-sha256", Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes)));
                }
            }
            else if (what == "date")
            {
                var date = DateTimeOffset.Parse(request.Headers.GetValues("x-ms-date").Single(), System.Globalization.CultureInfo.InvariantCulture);
                request.Headers.Remove("x-ms-date");
                request.Headers.Add("x-ms-date", date.AddMinutes(1).ToString("r", System.Globalization.CultureInfo.InvariantCulture));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
