using System.Diagnostics;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Hosting.Telemetry;
using Serverless.Feedback.Tests.Hosting.LocalRunner;
using Serverless.Feedback.Tests.Storage;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Hosting.Telemetry;

[Trait(TestKind.Name, TestKind.App)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Metrics_RegisterSendAndEscalate_CountsEachWithCodesOnly()
    {
        using var app = await FeedbackApp.StartAsync(start: At(4, 24, 17, 50));
        using var recorder = new MeasurementRecorder(app.Services);
        await app.AddPeopleAsync();
        await app.UseCalendarAsync(MayDayWeek);

        var number = await app.RegisterAsync();
        await app.AssessAsync(number);
        await app.SendMailAsync();
        app.Clock.SetUtcNow(At(4, 29, 13, 35));
        await app.FireTimerAsync(DeadlineSweepFunction.Name);

        Assert.Equal(1, recorder.Total("feedback.cases.registered", ("feedback.case.kind", "complaint"), ("feedback.case.channel", "phone")));
        Assert.Equal(1, recorder.Total("feedback.mails.sent", ("feedback.mail.template", "receipt")));
        Assert.Equal(1, recorder.Total("feedback.escalations"));
        Assert.Equal(0, recorder.Total("feedback.mails.failed"));
    }

    [Fact]
    public async Task Invocation_QueueFunctionInTheLocalRunner_IsTracedWithItsOutcome()
    {
        var queue = Azurite.UniqueName("tq-");
        using var layout = new TestFunctionLayout(queue);
        var queues = StorageTestAccount.Clients(await Azurite.Shared).Queues();
        await queues.GetQueueClient(queue).CreateIfNotExistsAsync();
        await queues.GetQueueClient(queue + "-ok").CreateIfNotExistsAsync();
        var failing = await queues.GetQueueClient(queue).SendMessageAsync("broken");
        var working = await queues.GetQueueClient(queue + "-ok").SendMessageAsync("fine");
        var traced = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FunctionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (traced)
                {
                    traced.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await new QueueTriggerListener(layout.Function("AlwaysFails"), queue, layout.Catalog.Host.Queues, queues, layout.Invoker, NullLogger.Instance).PollOnceAsync(CancellationToken.None);
        await new QueueTriggerListener(layout.Function("Counting"), queue + "-ok", layout.Catalog.Host.Queues, queues, layout.Invoker, NullLogger.Instance).PollOnceAsync(CancellationToken.None);

        Activity Traced(string id)
        {
            lock (traced)
            {
                return Assert.Single(traced, a => (string?)a.GetTagItem("faas.invocation_id") == id);
            }
        }

        var failed = Traced(failing.MessageId);
        var succeeded = Traced(working.MessageId);
        Assert.Equal(("AlwaysFails", ActivityKind.Consumer, "pubsub"), (failed.DisplayName, failed.Kind, (string?)failed.GetTagItem("faas.trigger")));
        Assert.Equal((ActivityStatusCode.Error, "InvalidOperationException"), (failed.Status, failed.StatusDescription));
        Assert.Equal(("Counting", ActivityStatusCode.Unset), (succeeded.DisplayName, succeeded.Status));
    }

    [Fact]
    public void AddTelemetry_WithoutConnectionString_ExportsNothing()
    {
        using var services = Services(new Dictionary<string, string?>());

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
        Assert.NotNull(services.GetService<FeedbackMetrics>());
    }

    [Fact]
    public void AddTelemetry_WithConnectionString_ExportsTracesAndMetricsToAzureMonitor()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            [TelemetryExtensions.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        Assert.NotNull(services.GetService<TracerProvider>());
        Assert.NotNull(services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("Authorization=AAD")]
    [InlineData("Authorization=AAD;ClientId=3f1e2d4c-0000-4000-8000-000000000001")]
    [InlineData(" authorization = aad ; clientid=3f1e2d4c-0000-4000-8000-000000000001 ")]
    public void Credential_EntraAuthenticationString_IsAManagedIdentity(string setting) =>
        Assert.IsType<ManagedIdentityCredential>(TelemetryExtensions.Credential(setting));

    [Fact]
    public void Credential_NoAuthenticationString_UsesTheConnectionStringAlone() =>
        Assert.Null(TelemetryExtensions.Credential(null));

    [Fact]
    public void Credential_SomethingElse_IsRefusedWithTheExpectedForm()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TelemetryExtensions.Credential("Authorization=Key"));

        Assert.Contains("Authorization=AAD;ClientId=", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTelemetry(configuration).BuildServiceProvider();
    }
}
