using Catalogue.Core.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalogue.Core.Mail;

/// <summary>
/// Sends what waits in the mail outbox. Each message is claimed with <c>FOR UPDATE SKIP LOCKED</c> in its own
/// transaction, held until it is marked sent: two instances never send one message twice, and a crash before the
/// commit leaves it to be sent again. A failure is retried after an exponentially growing wait, up to a maximum.
/// </summary>
public sealed class MailOutboxSender(IDbContextFactory<CatalogueDbContext> contextFactory, IMailTransportFactory transports, IOptions<MailOptions> options,
    TimeProvider time, ILogger<MailOutboxSender> logger)
{
    /// <summary>Sends every due message (up to the batch size); returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sent = 0;
        await using var transport = transports.Create();
        for (var i = 0; i < settings.BatchSize; i++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var mail = (await db.MailOutbox.FromSql(
                    $"SELECT * FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now} ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken)).SingleOrDefault();
            if (mail is null)
            {
                break;
            }

            mail.Attempts++;
            try
            {
                using var stream = new MemoryStream(mail.Content ?? []);
                var message = await MimeMessage.LoadAsync(stream, cancellationToken);
                await transport.SendAsync(message, cancellationToken);
                mail.SentAt = time.GetUtcNow().UtcDateTime;
                mail.Content = null;
                mail.LastError = null;
                sent++;
                logger.LogInformation("Sent message {MessageId} ({Kind}) of alert {SubscriptionId}", mail.Id, mail.Kind, mail.SubscriptionId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The error's text may quote the address: only its kind and SMTP status are kept.
                mail.LastError = Describe(exception);
                if (mail.Attempts >= settings.MaxAttempts)
                {
                    mail.FailedAt = now;
                    mail.Content = null;
                    logger.LogError("Gave up message {MessageId} of alert {SubscriptionId} after {Attempts} attempts: {Error}",
                        mail.Id, mail.SubscriptionId, mail.Attempts, mail.LastError);
                }
                else
                {
                    mail.NextAttemptAt = time.GetUtcNow().UtcDateTime + (settings.RetryDelay * Math.Pow(2, mail.Attempts - 1));
                    logger.LogWarning("Message {MessageId} of alert {SubscriptionId}: attempt {Attempts} failed ({Error}); next at {NextAttemptAt}",
                        mail.Id, mail.SubscriptionId, mail.Attempts, mail.LastError, mail.NextAttemptAt);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }

    private static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}",
        SmtpProtocolException => "SMTP protocol error",
        _ => exception.GetType().Name,
    };
}
