using Catalogue.Core.Data;
using Catalogue.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalogue.Core.Alerts;

public sealed record SubscribeRequest(string Email, string Search, string Language, AlertFrequency Frequency, string SiteUrl);

public enum SubscribeOutcome
{
    ConfirmationQueued,
    AlreadyConfirmed,
    ConfirmationLimitReached,
}

public enum ConfirmOutcome
{
    Confirmed,
    Invalid,
    Expired,
}

/// <summary>The confirmation message of a new alert: its MIME bytes, built from the alert and its two link tokens.</summary>
public delegate byte[] ConfirmationComposer(AlertSubscription subscription, string confirmToken, string manageToken);

public sealed record AlertView(long Id, string Search, string Language, AlertFrequency Frequency, bool Confirmed, DateTime CreatedAt);

/// <summary>What a manage link opens: every alert of the link's address.</summary>
public sealed record ManagedAlerts(long LinkSubscriptionId, string Email, IReadOnlyList<AlertView> Alerts);

/// <summary>Subscribing, confirming, managing and deleting alerts. Logs name subscription ids, never addresses.</summary>
public sealed class AlertSubscriptions(IDbContextFactory<CatalogueDbContext> contextFactory, IOptions<AlertOptions> options, ILogger<AlertSubscriptions> logger)
{
    public static bool IsValidEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Trim().Length <= AlertSubscription.EmailMaxLength
        && MailboxAddress.TryParse(email.Trim(), out var address) && address.Address == email.Trim()
        && address.Address.IndexOf('@') is > 0 and var at && at < address.Address.Length - 1 && !address.Address.Any(char.IsWhiteSpace);

    public async Task<(SubscribeOutcome Outcome, long SubscriptionId)> SubscribeAsync(SubscribeRequest request, ConfirmationComposer compose, DateTime now,
        CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var key = email.ToLowerInvariant();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var subscription = await db.AlertSubscriptions.Include(s => s.Tokens)
            .Where(s => s.EmailKey == key && s.Search == request.Search && s.Language == request.Language)
            .OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (subscription?.ConfirmedAt is not null)
        {
            subscription.Frequency = request.Frequency;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Alert {SubscriptionId} asked for again; it is confirmed, no message sent", subscription.Id);
            return (SubscribeOutcome.AlreadyConfirmed, subscription.Id);
        }

        if (subscription is null)
        {
            subscription = new AlertSubscription
            {
                Email = email, EmailKey = key, Search = request.Search, Language = request.Language, SiteUrl = request.SiteUrl, CreatedAt = now,
            };
            db.AlertSubscriptions.Add(subscription);
        }

        subscription.Frequency = request.Frequency;
        var recipient = AlertTokenCodec.RecipientKey(key);
        var since = now.AddDays(-1);
        var sentToday = await db.MailOutbox.CountAsync(m => m.RecipientKey == recipient && m.Kind == MailKind.AlertConfirmation && m.CreatedAt > since,
            cancellationToken);
        if (sentToday >= options.Value.ConfirmationsPerAddressPerDay)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Alert {SubscriptionId}: no confirmation sent, the address had {Count} today", subscription.Id, sentToday);
            return (SubscribeOutcome.ConfirmationLimitReached, subscription.Id);
        }

        // A new confirmation replaces the old links of an unconfirmed alert.
        subscription.Tokens.Clear();
        var (confirm, confirmHash) = AlertTokenCodec.Create();
        var (manage, manageHash) = AlertTokenCodec.Create();
        subscription.Tokens.Add(new AlertToken { Hash = confirmHash, Purpose = AlertTokenPurpose.Confirm, CreatedAt = now, ExpiresAt = now + options.Value.ConfirmationLifetime });
        subscription.Tokens.Add(new AlertToken { Hash = manageHash, Purpose = AlertTokenPurpose.Manage, CreatedAt = now });
        var mail = new OutboxMail
        {
            Kind = MailKind.AlertConfirmation, RecipientKey = recipient, Content = compose(subscription, confirm, manage), CreatedAt = now, NextAttemptAt = now,
        };
        db.MailOutbox.Add(mail);
        await db.SaveChangesAsync(cancellationToken);
        mail.SubscriptionId = subscription.Id;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Alert {SubscriptionId}: confirmation message {MessageId} queued", subscription.Id, mail.Id);
        return (SubscribeOutcome.ConfirmationQueued, subscription.Id);
    }

    /// <summary>Whether a confirmation link would work now (<see cref="ConfirmOutcome.Confirmed"/>), without confirming.</summary>
    public async Task<(ConfirmOutcome Outcome, string? Search)> CheckConfirmationAsync(string? token, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindTokenAsync(db, token, AlertTokenPurpose.Confirm, cancellationToken);
        if (found is null || found.ExpiresAt < now)
        {
            return (found is null ? ConfirmOutcome.Invalid : ConfirmOutcome.Expired, null);
        }

        var search = await db.AlertSubscriptions.Where(s => s.Id == found.SubscriptionId).Select(s => s.Search).SingleAsync(cancellationToken);
        return (ConfirmOutcome.Confirmed, search);
    }

    public async Task<ConfirmOutcome> ConfirmAsync(string? token, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindTokenAsync(db, token, AlertTokenPurpose.Confirm, cancellationToken);
        if (found is null)
        {
            return ConfirmOutcome.Invalid;
        }

        if (found.ExpiresAt < now)
        {
            return ConfirmOutcome.Expired;
        }

        var subscription = await db.AlertSubscriptions.SingleAsync(s => s.Id == found.SubscriptionId, cancellationToken);
        subscription.ConfirmedAt = now;
        subscription.NewSince = now;
        subscription.NextDigestAt = now + AlertSubscription.Period(subscription.Frequency);
        db.AlertTokens.Remove(found);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Alert {SubscriptionId} confirmed", subscription.Id);
        return ConfirmOutcome.Confirmed;
    }

    /// <summary>Every alert of the address a manage token belongs to; null for an unknown token.</summary>
    public async Task<ManagedAlerts?> FindManagedAsync(string? token, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTokenAsync(db, token, AlertTokenPurpose.Manage, cancellationToken) is not { } found)
        {
            return null;
        }

        var owner = await db.AlertSubscriptions.AsNoTracking().Where(s => s.Id == found.SubscriptionId)
            .Select(s => new { s.Email, s.EmailKey }).SingleAsync(cancellationToken);
        var alerts = await db.AlertSubscriptions.AsNoTracking().Where(s => s.EmailKey == owner.EmailKey)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new AlertView(s.Id, s.Search, s.Language, s.Frequency, s.ConfirmedAt != null, s.CreatedAt))
            .ToListAsync(cancellationToken);
        return new ManagedAlerts(found.SubscriptionId, owner.Email, alerts);
    }

    /// <summary>Changes how often an alert of the token's address is sent; false when the token or alert is not the address's.</summary>
    public async Task<bool> SetFrequencyAsync(string? token, long subscriptionId, AlertFrequency frequency, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await OwnedAsync(db, token, subscriptionId, cancellationToken) is not { } subscription)
        {
            return false;
        }

        subscription.Frequency = frequency;
        if (subscription.ConfirmedAt is not null)
        {
            subscription.NextDigestAt = (subscription.NewSince ?? now) + AlertSubscription.Period(frequency);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Alert {SubscriptionId} now {Frequency}", subscription.Id, frequency);
        return true;
    }

    /// <summary>Deletes an alert of the token's address for good, with its links and its unsent messages.</summary>
    public async Task<bool> DeleteAsync(string? token, long subscriptionId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await OwnedAsync(db, token, subscriptionId, cancellationToken) is not { } subscription)
        {
            return false;
        }

        await DeleteAsync(db, subscription.Id, cancellationToken);
        return true;
    }

    /// <summary>One-click unsubscribe: deletes the alert the token was sent for. False for an unknown token.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTokenAsync(db, token, AlertTokenPurpose.Manage, cancellationToken) is not { } found)
        {
            return false;
        }

        await DeleteAsync(db, found.SubscriptionId, cancellationToken);
        return true;
    }

    /// <summary>For the admin dashboard: confirmed alerts, and messages sent in the 7 days before <paramref name="now"/>.</summary>
    public async Task<(int Confirmed, int SentLastWeek)> CountAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var weekAgo = now.AddDays(-7);
        var confirmed = await db.AlertSubscriptions.CountAsync(s => s.ConfirmedAt != null, cancellationToken);
        var sent = await db.MailOutbox.CountAsync(m => m.SentAt > weekAgo, cancellationToken);
        return (confirmed, sent);
    }

    private async Task DeleteAsync(CatalogueDbContext db, long subscriptionId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MailOutbox.Where(m => m.SubscriptionId == subscriptionId && m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
        await db.AlertSubscriptions.Where(s => s.Id == subscriptionId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Alert {SubscriptionId} deleted", subscriptionId);
    }

    private static async Task<AlertSubscription?> OwnedAsync(CatalogueDbContext db, string? token, long subscriptionId, CancellationToken cancellationToken)
    {
        if (await FindTokenAsync(db, token, AlertTokenPurpose.Manage, cancellationToken) is not { } found)
        {
            return null;
        }

        var ownerKey = await db.AlertSubscriptions.Where(s => s.Id == found.SubscriptionId).Select(s => s.EmailKey).SingleAsync(cancellationToken);
        return await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.EmailKey == ownerKey, cancellationToken);
    }

    private static async Task<AlertToken?> FindTokenAsync(CatalogueDbContext db, string? token, AlertTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (AlertTokenCodec.TryHash(token) is not { } hash)
        {
            return null;
        }

        var found = await db.AlertTokens.SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        return found is not null && found.Purpose == purpose && AlertTokenCodec.Matches(found.Hash, hash) ? found : null;
    }
}
