using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalogue.Core.Curation;

/// <summary>Security-relevant events, written to the log and kept in the audit_events table.</summary>
public sealed class AuditLog(IDbContextFactory<CatalogueDbContext> factory, ILogger<AuditLog> logger)
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string LockedOut = "locked-out";
    public const string RoleChanged = "role-changed";
    public const string UserCreated = "user-created";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string TwoFactorReset = "two-factor-reset";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string EntryHardDeleted = "entry-hard-deleted";
    public const string EntriesMerged = "entries-merged";
    public const string PasswordChanged = "password-changed";
    public const string RecoveryCodesGenerated = "recovery-codes-generated";
    public const string RecoveryCodeUsed = "recovery-code-used";
    public const string UserDeleted = "user-deleted";
    public const string SettingChanged = "setting-changed";

    public async Task WriteAsync(string eventType, string? userId, string? userName, string? ipAddress, string? details,
        CancellationToken cancellationToken = default)
    {
        Logged(eventType, userId, userName, ipAddress, details);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(Create(eventType, userId, userName, ipAddress, details));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Writes the log line of an event whose row the caller stored with <see cref="Create"/> in its own transaction.</summary>
    public void Logged(string eventType, string? userId, string? userName, string? ipAddress, string? details) =>
        logger.LogInformation("Audit {EventType} for {UserName} ({UserId}) from {IpAddress}: {Details}",
            eventType, userName, userId, ipAddress, details);

    /// <summary>For writes that must share the caller's transaction (a hard delete and its record).</summary>
    public static AuditEvent Create(string eventType, string? userId, string? userName, string? ipAddress, string? details) => new()
    {
        OccurredAt = DateTime.UtcNow,
        EventType = eventType,
        UserId = userId,
        UserName = userName,
        IpAddress = ipAddress,
        Details = details,
    };
}
