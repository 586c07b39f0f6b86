using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// A browser test around one complaint a customer submitted through the intake, on an app the browser reaches,
/// with the service desk in the directory: li.na (staff) and chen.jie (department head), both in English.
/// </summary>
public abstract class SubmittedComplaintTest : AppTest
{
    /// <summary>The submitted complaint's case number.</summary>
    protected string Number { get; private set; } = "";

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "en");
        await App.AddStaffAsync("chen.jie", "service", "en", StaffRole.Staff, StaffRole.DepartmentHead);
        await AddMoreStaffAsync();
        Number = await ConsoleSession.SubmitComplaintAsync(App);
    }

    /// <summary>Anyone else a test class needs in the directory before the complaint arrives.</summary>
    protected virtual Task AddMoreStaffAsync() => Task.CompletedTask;
}
