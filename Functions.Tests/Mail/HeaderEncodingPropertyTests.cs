using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using MimeKit.Utils;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail;

/// <summary>
/// Random subjects, display names and file names mixing ASCII, Chinese, emoji and header syntax survive
/// writing and reading. Two limits of MimeKit's writer are left out, both recorded in
/// docs/adr/0014-mail-on-mimekit-mailkit.md: text containing "=?" is written as is (a reader may take it
/// for an encoded-word), and in display names MimeKit may add or drop a space where a quoted part
/// meets an encoded one, so names are compared without their white space.
/// </summary>
public sealed partial class HeaderEncodingPropertyTests
{
    private static readonly string[] Pieces =
        ["a", "Z", "7", " ", "  ", "中", "文", "报", "告", "：", "😀", "é", "\"", "\\", "?", "=", "_", ",", ";", "<", ">", "(", ")", "@", ".", "-", "longerasciiwordwithoutanyspaces"];

    private static readonly Arbitrary<string> HeaderText =
        Gen.Elements(Pieces).ListOf().Select(list => string.Concat(list))
            .Where(text => text.Trim().Length > 0 && !text.Contains("=?", StringComparison.Ordinal))
            .ToArbitrary();

    [Fact]
    public void Create_AnySubjectAndName_EveryEncodedWordDecodesAloneAndTheWholeReadsBack()
    {
        Prop.ForAll(HeaderText, text =>
        {
            var message = MimeMessageFactoryTests.Write(SampleMail.Plain() with { Subject = text, To = [new("a@example.com", text)] }, new MailAddressee("b@example.com"));
            var headers = MimeStructure.Header(message, "Subject") + MimeStructure.Header(message, "To");

            // An encoded-word holds whole characters: none decodes to a replacement character on its own.
            var wordsWhole = EncodedWord().Matches(headers).All(word => !Rfc2047.DecodeText(Encoding.ASCII.GetBytes(word.Value)).Contains('\uFFFD', StringComparison.Ordinal));
            return wordsWhole && StoredMailDecoder.Decode(message).Subject == text.Trim();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Create_AnySubjectNameAndFileName_RoundTripsAndStaysWellFormed()
    {
        Prop.ForAll(HeaderText, HeaderText, (subject, name) =>
        {
            var fileName = name.Replace("\\", string.Empty, StringComparison.Ordinal); // the validator refuses '\' in file names
            var mail = SampleMail.Chinese() with
            {
                Subject = subject,
                To = [new("a@example.com", name)],
                Attachments = [new(fileName.Trim().Length > 0 ? fileName : "x", "application/octet-stream", new byte[] { 0, 1, 2 })],
            };
            var message = MimeMessageFactoryTests.Write(mail, new MailAddressee("b@example.com", subject));
            MimeStructure.AssertWellFormed(message);
            var decoded = StoredMailDecoder.Decode(message);
            return decoded.Subject == subject.Trim()
                && WithoutSpace(decoded.To.Single().DisplayName) == WithoutSpace(name)
                && WithoutSpace(decoded.From.Single().DisplayName) == WithoutSpace(subject)
                && decoded.Attachments.Single().FileName == mail.Attachments[0].FileName.Trim();
        }).QuickCheckThrowOnFailure();
    }

    private static string WithoutSpace(string? text) => string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=")]
    private static partial Regex EncodedWord();
}
