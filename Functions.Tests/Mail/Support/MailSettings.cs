using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Configuration;

namespace Serverless.Feedback.Tests.Mail.Support;

internal static class MailSettings
{
    public static IOptions<MailOptions> Of(Action<MailOptions>? configure = null)
    {
        var options = new MailOptions { FromAddress = "feedback@example.com", FromName = "Feedback Desk" };
        configure?.Invoke(options);
        return Options.Create(options);
    }
}
