using Catalogue.Core.Alerts;
using Catalogue.Core.Data;
using Catalogue.Core.Mail;
using Catalogue.Core.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.Alerts;

/// <summary>
/// The digest scheduler's run: deletes alerts never confirmed, then queues a digest for each due alert that has new
/// entries (none when nothing is new). Each alert is claimed with <c>FOR UPDATE SKIP LOCKED</c>, so instances running
/// at once never queue one digest twice.
/// </summary>
public sealed class AlertDigestJob(IDbContextFactory<CatalogueDbContext> contextFactory, AlertDigestReader reader, AlertMailComposer composer,
    IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertDigestJob> logger)
{
    /// <summary>Links in messages older than this stop working (the manage page says so).</summary>
    public static readonly TimeSpan ManageLinkLifetime = TimeSpan.FromDays(400);

    public Task<int> RunAsync(CancellationToken cancellationToken) => RunAsync(time.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Runs as if it were <paramref name="now"/>; returns how many digests were queued.</summary>
    public async Task<int> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        await DeleteExpiredAsync(now, cancellationToken);
        var queued = 0;
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = (await db.AlertSubscriptions.FromSql(
                    $"SELECT * FROM alert_subscriptions WHERE confirmed_at IS NOT NULL AND next_digest_at <= {now} ORDER BY next_digest_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken)).SingleOrDefault();
            if (due is null)
            {
                return queued;
            }

            DigestContent content;
            try
            {
                content = await reader.ReadAsync(due.Search, due.Language, due.NewSince ?? due.ConfirmedAt!.Value, now, options.Value.DigestMaxEntries,
                    cancellationToken);
            }
            catch (SearchUnavailableException)
            {
                logger.LogInformation("Digests wait for the search index to be ready");
                return queued;
            }

            if (content.Total > 0)
            {
                var (token, hash) = AlertTokenCodec.Create();
                db.AlertTokens.Add(new AlertToken { Hash = hash, SubscriptionId = due.Id, Purpose = AlertTokenPurpose.Manage, CreatedAt = now });
                db.MailOutbox.Add(new OutboxMail
                {
                    Kind = MailKind.AlertDigest, SubscriptionId = due.Id, RecipientKey = AlertTokenCodec.RecipientKey(due.EmailKey),
                    // Due at once by the sender's clock, also when a test runs the job as if it were later.
                    Content = composer.Digest(due, content, token), CreatedAt = now, NextAttemptAt = time.GetUtcNow().UtcDateTime,
                });
                due.NewSince = now;
                queued++;
                logger.LogInformation("Alert {SubscriptionId}: digest of {Count} new entries queued", due.Id, content.Total);
            }

            due.NextDigestAt = now + AlertSubscription.Period(due.Frequency);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task DeleteExpiredAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var unconfirmedBefore = now - options.Value.ConfirmationLifetime;
        var expired = await db.AlertSubscriptions.Where(s => s.ConfirmedAt == null && s.CreatedAt < unconfirmedBefore).ExecuteDeleteAsync(cancellationToken);
        var linksBefore = now - ManageLinkLifetime;
        await db.AlertTokens.Where(t => t.Purpose == AlertTokenPurpose.Manage && t.CreatedAt < linksBefore).ExecuteDeleteAsync(cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("Deleted {Count} alerts that were never confirmed", expired);
        }
    }
}
