using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Acs;
using Serverless.Feedback.Mail.Configuration;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Mail.Pickup;
using Serverless.Feedback.Mail.Smtp;

namespace Serverless.Feedback.Mail;

internal static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/> for the sender chosen by <c>Mail:Sender</c> (Pickup by default),
    /// the options with their start-up validation, and <see cref="IOutboxReader"/> over the pickup folder.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MimeMessageFactory>();
        services.TryAddSingleton(provider => new PickupDirectory(PickupPath(provider)));
        services.TryAddSingleton<IOutboxReader>(provider => provider.GetRequiredService<PickupDirectory>());

        services.TryAddSingleton<PickupDirectoryMailSender>();
        services.TryAddSingleton<SmtpMailSender>();
        services.TryAddSingleton(provider => AcsEmailClient.Create(
            provider.GetRequiredService<IOptions<MailOptions>>().Value.Acs,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<AcsEmailSender>();
        services.TryAddSingleton<IMailSender>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.Sender switch
        {
            MailSenderKind.Smtp => provider.GetRequiredService<SmtpMailSender>(),
            MailSenderKind.Acs => provider.GetRequiredService<AcsEmailSender>(),
            _ => provider.GetRequiredService<PickupDirectoryMailSender>(),
        });
        return services;
    }

    private static string PickupPath(IServiceProvider provider)
    {
        var directory = provider.GetRequiredService<IOptions<MailOptions>>().Value.Pickup.Directory;
        var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        return Path.IsPathRooted(directory) ? directory : Path.Combine(root, directory);
    }
}
