namespace Serverless.Feedback.Tests.Support;

/// <summary>A test class with its own running app (one per test, as xunit creates one instance per test).</summary>
public abstract class AppTest : IAsyncLifetime
{
    internal FeedbackApp App { get; private set; } = null!;

    public virtual async Task InitializeAsync() => App = await StartAppAsync();

    public virtual Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    internal virtual Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync();
}
