using Serverless.Feedback.Mail.Imap;

namespace Serverless.Feedback.Intake.Mailbox;

internal static class MailboxModule
{
    /// <summary>The company mailbox as a channel (docs/procedure.md §2): off unless <c>Mailbox:Host</c> is set.</summary>
    public static IServiceCollection AddMailboxIntake(this IServiceCollection services)
    {
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImapMailbox>();
        services.AddSingleton<MailboxReplyClaims>();
        services.AddSingleton<CaseMailReplies>();
        services.AddSingleton<MailboxIntake>();
        return services;
    }
}
