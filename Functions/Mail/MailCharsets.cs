using System.Runtime.CompilerServices;
using System.Text;

namespace Serverless.Feedback.Mail;

internal static class MailCharsets
{
    /// <summary>
    /// Makes the legacy Chinese charsets a reply may use (GB2312, GBK, GB18030, Big5) readable. MimeKit
    /// probes which charsets exist once, when it is first used, so they are registered as this assembly loads.
    /// </summary>
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
