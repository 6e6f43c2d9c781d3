using Catalogue.Core.Alerts;
using Catalogue.Core.Mail;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.Alerts;

/// <summary>Each instance sends the outbox every <see cref="MailOptions.PollInterval"/> and runs the digest scheduler every <see cref="AlertOptions.DigestInterval"/>.</summary>
public sealed class AlertsBackgroundService(MailOutboxSender sender, AlertDigestJob digests, IOptions<AlertOptions> alerts, IOptions<MailOptions> mail,
    TimeProvider time, ILogger<AlertsBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!alerts.Value.BackgroundJobs)
        {
            return;
        }

        var nextDigests = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() >= nextDigests)
                {
                    await digests.RunAsync(stoppingToken);
                    nextDigests = time.GetUtcNow() + alerts.Value.DigestInterval;
                }

                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be restarting; the next round tries again.
                logger.LogWarning(exception, "Alerts and mail: a round failed; trying again in {Interval}", mail.Value.PollInterval);
            }

            try
            {
                await Task.Delay(mail.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
