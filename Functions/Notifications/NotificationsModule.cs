using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Notifications;

internal static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMail(configuration);
        services.AddStorageLayout(tables: [MailLog.TableName], queueSettings: [QueueSettingNames.MailOutbox]);
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailLog>();
        services.AddSingleton<MailRenderer>();
        services.AddSingleton<MailAudienceResolver>();
        services.AddSingleton<ICaseEffectDispatcher, CaseEffectDispatcher>();
        services.AddSingleton<IMailComposer, CaseMailComposer>();
        return services;
    }
}
