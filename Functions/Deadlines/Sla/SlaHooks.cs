using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines.Sla;

/// <summary>Starts the clocks of a new case and keeps them with every change, in the company calendar in force.</summary>
internal sealed class SlaHooks(CompanyCalendarSource calendars, SettingsStore settings) : IRegistrationHook, ICaseChangeHook
{
    public async Task<CaseRecord> ApplyAsync(CaseRecord created, CancellationToken cancellationToken)
    {
        var policy = await settings.GetVersionedAsync<SlaPolicy>(cancellationToken);
        var engine = new SlaEngine(await calendars.CalculatorAsync(cancellationToken));
        return engine.Start(created, policy.Value.Rules, policy.Revision);
    }

    public async Task<CaseRecord> ApplyAsync(CaseRecord before, CaseRecord after, CaseAction action, CaseContext context, CancellationToken cancellationToken)
    {
        var engine = new SlaEngine(await calendars.CalculatorAsync(cancellationToken));
        return engine.Apply(before, after, action, context.Now);
    }
}
