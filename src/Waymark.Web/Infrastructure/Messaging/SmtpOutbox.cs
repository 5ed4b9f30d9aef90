using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Waymark.Web.Infrastructure.Messaging;

/// <summary>
/// Sends through an SMTP server with System.Net.Mail.SmtpClient. Microsoft recommends MailKit for new code, but
/// MailKit is not in the NuGet copy these machines restore from (docs/stack-notes); SmtpClient does plain SMTP with
/// STARTTLS and a user name and password, which is what a relay such as NHSmail's needs. A message is sent once:
/// a failure is logged and thrown, and the caller says it could not be sent (nothing is retried behind its back).
/// </summary>
public sealed partial class SmtpOutbox(IOptions<OutboxOptions> options, ILogger<SmtpOutbox> logger) : IOutbox
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var smtp = settings.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Outbox:Mode is Smtp but Outbox:Smtp:Host is not set.");
        }

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = smtp.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var mail = new MailMessage(new MailAddress(settings.From), new MailAddress(message.To))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (SmtpException error)
        {
            LogFailed(logger, error, smtp.Host, smtp.Port);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending an email through {Host}:{Port} failed")]
    private static partial void LogFailed(ILogger logger, Exception error, string host, int port);
}
