using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Notifications;

internal static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMail(configuration);
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailLog>();
        services.AddSingleton<MailRenderer>();
        services.AddSingleton<MailAudienceResolver>();
        services.AddSingleton<ICaseEffectDispatcher, CaseEffectDispatcher>();
        services.AddSingleton<IMailComposer, CaseMailComposer>();
        services.AddQueueFunction<MailOutboxFunction>(MailOutboxFunction.Name);
        return services;
    }
}
