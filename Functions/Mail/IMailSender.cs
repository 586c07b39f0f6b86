namespace Serverless.Feedback.Mail;

/// <summary>
/// Hands one mail to a transport. Throws when the mail was not accepted, so the queue message that asked
/// for it is retried; calling again with the same <see cref="OutgoingMail.MailId"/> is safe (see
/// docs/adr/0004-mail-senders.md for what each sender does about duplicates).
/// </summary>
/// <exception cref="InvalidMailException">The mail itself is wrong; sending it again cannot help.</exception>
/// <exception cref="MailTooLargeException">The transport refuses a mail this big; send a link instead.</exception>
/// <exception cref="MailSendException">The transport failed or refused; a later retry may succeed.</exception>
internal interface IMailSender
{
    /// <summary>
    /// Whether sending the same <see cref="OutgoingMail.MailId"/> again delivers it once (the transport recognises the
    /// id). Where it does not, a send whose outcome was not recorded is not repeated.
    /// </summary>
    bool RepeatsSafely { get; }

    Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
