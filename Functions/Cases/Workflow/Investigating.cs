using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Investigation and root cause (docs/procedure.md §5).</summary>
internal static class Investigating
{
    public static CaseDecision Start(CaseRecord current, CaseContext context) =>
        new(current, CaseAction.StartInvestigation, []);

    public static CaseDecision Record(CaseRecord current, RecordInvestigationCommand command, CaseContext context)
    {
        Require(command.Whys.Count <= 7, "whys.tooMany", "Record at most seven whys.");
        var whys = command.Whys.Select((w, i) => RequireText(w, $"whys[{i}]", 1000)).ToList();
        Require(command.ResponsibleDepartment is null || context.Organisation.IsDepartment(command.ResponsibleDepartment),
            "responsibleDepartment.unknown", $"'{command.ResponsibleDepartment}' is not a department.");
        var unknownAttachments = (command.AttachmentIds ?? []).Except(current.Attachments.Select(a => a.Id)).ToList();
        Require(unknownAttachments.Count == 0, "attachments.unknown", "Attach files to the case before citing them in the investigation.");

        if (command.ReportComplete)
        {
            Require(command.RootCauseCategory is not null && command.CauseOwner is not null && !string.IsNullOrWhiteSpace(command.RootCause),
                "investigation.incomplete", "A complete investigation report names the root cause category, the root cause and whose cause it is.");
        }

        var investigation = new Investigation
        {
            SalesListChecked = command.SalesListChecked,
            BatchRecordsChecked = command.BatchRecordsChecked,
            RetainedSamplesChecked = command.RetainedSamplesChecked,
            ReturnedGoodsReviewed = command.ReturnedGoodsReviewed,
            Findings = OptionalText(command.Findings, "findings"),
            RootCauseCategory = command.RootCauseCategory,
            Whys = whys,
            RootCause = OptionalText(command.RootCause, "rootCause"),
            CauseOwner = command.CauseOwner,
            ResponsibleDepartment = command.ResponsibleDepartment,
            ResponsiblePerson = OptionalText(command.ResponsiblePerson, "responsiblePerson", 200),
            AttachmentIds = command.AttachmentIds ?? [],
            ReportedAt = command.ReportComplete ? current.Investigation?.ReportedAt ?? context.Now : null,
            RecordedBy = context.Actor.Id,
        };

        var effects = new List<CaseEffect>();

        // Undetermined or disputed causes are decided by the deputy GM / GM (docs/procedure.md §5).
        if (command.CauseOwner == CauseOwner.Undetermined && current.Investigation?.CauseOwner != CauseOwner.Undetermined)
        {
            effects.Add(Effects.ToRole("cause-undetermined", StaffRole.DeputyGm));
        }

        // The report to the general manager goes once, when the investigation is first complete (docs/procedure.md §5).
        if (investigation.ReportedAt is not null && current.Investigation?.ReportedAt is null && current.Assessment?.Validity == Validity.Valid)
        {
            effects.Add(new ReportEffect(CaseReportTrigger.Investigated));
        }

        return new CaseDecision(current with { Investigation = investigation }, CaseAction.RecordInvestigation, effects);
    }
}
