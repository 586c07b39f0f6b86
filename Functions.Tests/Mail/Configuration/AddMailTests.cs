using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Acs;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Mail.Pickup;
using Serverless.Feedback.Mail.Smtp;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail.Configuration;

public sealed class AddMailTests
{
    [Theory]
    [InlineData(null, typeof(PickupDirectoryMailSender))]
    [InlineData("Smtp", typeof(SmtpMailSender))]
    [InlineData("Acs", typeof(AcsEmailSender))]
    public void AddMail_Sender_RegistersThatSender(string? sender, Type expected)
    {
        using var provider = Services(new()
        {
            ["Mail:Sender"] = sender,
            ["Mail:FromAddress"] = "feedback@example.com",
            ["Mail:Smtp:Host"] = "smtp.example.com",
            ["Mail:Acs:ConnectionString"] = "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAw==",
        });

        Assert.IsType(expected, provider.GetRequiredService<IMailSender>());
    }

    [Fact]
    public void AddMail_RelativePickupDirectory_UnderTheContentRoot()
    {
        using var folder = new TemporaryDirectory();
        var host = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder.Path, DisableDefaults = true });
        host.Services.AddMail(host.Configuration);

        using var app = host.Build();

        var directory = app.Services.GetRequiredService<PickupDirectory>();
        Assert.Equal(Path.Combine(folder.Path, ".local", "outbox"), directory.Path);
        Assert.Same(directory, app.Services.GetRequiredService<IOutboxReader>());
    }

    [Fact]
    public async Task AddMail_InvalidSettings_HostRefusesToStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Sender"] = "Smtp", ["Mail:FromAddress"] = "feedback@example.com" });
        builder.Services.AddMail(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Mail:Smtp:Host is required when Mail:Sender is Smtp.", error.Failures);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddMail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
