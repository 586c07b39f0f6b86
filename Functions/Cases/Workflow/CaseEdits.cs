using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Changes that keep the stage: first response, notes, waiting for the customer, agreed deadline, accountability.</summary>
internal static class CaseEdits
{
    internal static readonly string[] ResponseChannels = ["phone", "email", "letter", "visit", "other"];

    public static CaseDecision RecordFirstResponse(CaseRecord current, RecordFirstResponseCommand command, CaseContext context)
    {
        Require(ResponseChannels.Contains(command.How), "how.unknown", $"Say how: {string.Join(", ", ResponseChannels)}.");
        var note = OptionalText(command.Note, "note");
        return new CaseDecision(current with { FirstResponse = new FirstResponse(context.Now, context.Actor.Id, command.How) }, CaseAction.RecordFirstResponse, [], note);
    }

    public static CaseDecision AddNote(CaseRecord current, AddNoteCommand command, CaseContext context)
    {
        var text = RequireText(command.Text, "text");
        return new CaseDecision(current with { Notes = [.. current.Notes, new CaseNote(context.Now, context.Actor.Id, text)] }, CaseAction.AddNote, [], text);
    }

    /// <summary>
    /// The customer's mail goes on the history, and whoever owns the case hears of it: the handler, else the first
    /// receiver, else the department holding it (docs/procedure.md §14.1).
    /// </summary>
    public static CaseDecision CustomerWrote(CaseRecord current, CustomerMailCommand command)
    {
        var owner = current.Assignment.HandlerId ?? current.Assignment.FirstReceiverId;
        var told = owner is null ? Effects.ToDepartment("customer-wrote", current.Assignment.Department) : Effects.ToStaff("customer-wrote", owner);
        return new(current with { Attachments = [.. current.Attachments, .. command.Attachments] }, CaseAction.CustomerWrote, [told], RequireText(command.Text, "text", 8000));
    }

    public static CaseDecision AddAttachment(CaseRecord current, AddAttachmentCommand command)
    {
        Require(current.Attachments.All(a => a.Id != command.Attachment.Id), "attachments.duplicate", "This file is already attached.");
        var note = OptionalText(command.Note, "note", 1000);
        return new CaseDecision(current with { Attachments = [.. current.Attachments, command.Attachment] }, CaseAction.AddAttachment, [], note ?? command.Attachment.FileName);
    }

    public static CaseDecision WaitForCustomer(CaseRecord current, WaitForCustomerCommand command, CaseContext context)
    {
        var reason = RequireText(command.Reason, "reason", 1000);
        return new CaseDecision(current with { Waiting = new WaitingForCustomer(context.Now, reason) }, CaseAction.WaitForCustomer, [Effects.ToCustomer("information-requested")], reason);
    }

    public static CaseDecision ResumeFromCustomer(CaseRecord current, ResumeFromCustomerCommand command, CaseContext context)
    {
        return new CaseDecision(current with { Waiting = null }, CaseAction.ResumeFromCustomer, [], OptionalText(command.Note, "note"));
    }

    public static CaseDecision SetAgreedDeadline(CaseRecord current, SetAgreedDeadlineCommand command, CaseContext context)
    {
        Require(command.Date >= context.Today, "date.past", "The agreed date cannot be in the past.");
        var reason = RequireText(command.Reason, "reason", 1000);
        var after = current with { AgreedDeadline = new AgreedDeadline(command.Date, reason, context.Actor.Id, context.Now) };
        return new CaseDecision(after, CaseAction.SetAgreedDeadline, [], reason);
    }

    public static CaseDecision RecordAccountability(CaseRecord current, RecordAccountabilityCommand command, CaseContext context)
    {
        var rule = context.Workflow.Accountability;
        Require(command.LossAmount >= 0, "lossAmount.negative", "The loss cannot be negative.");
        var accountability = new Accountability(
            command.LossAmount,
            OptionalText(command.EmployeeAtFault, "employeeAtFault", 200),
            command.EmployeeAtFault is null ? 0m : rule.SuggestedShare(command.LossAmount),
            OptionalText(command.AppealNote, "appealNote"),
            context.Actor.Id,
            context.Now);
        return new CaseDecision(current with { Accountability = accountability }, CaseAction.RecordAccountability, []);
    }
}
