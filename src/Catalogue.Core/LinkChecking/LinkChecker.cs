using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.LinkChecking;

/// <summary>
/// Checks the web addresses of published entries, oldest result first, a bounded batch at a time. One checker runs at a
/// time across all instances (a PostgreSQL advisory lock held for the batch), so no address is asked twice at once and
/// the per-host pace holds for the whole catalogue. Results are stored per address; entries are never changed.
/// </summary>
public sealed partial class LinkChecker(IDbContextFactory<CatalogueDbContext> factory, LinkProbe probe, IOptions<LinkCheckOptions> options,
    TimeProvider time, ILogger<LinkChecker> logger)
{
    /// <summary>The advisory lock key of the link checker ("links" in ASCII).</summary>
    public const long LockKey = 0x6C696E6B73;

    /// <summary>Runs one batch; returns how many addresses were checked, or null when another checker holds the lock.</summary>
    public async Task<int?> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var lockDb = await factory.CreateDbContextAsync(cancellationToken);
        if (!await TryLockAsync(lockDb, cancellationToken))
        {
            return null;
        }

        try
        {
            var due = await SelectDueAsync(cancellationToken);
            foreach (var url in due)
            {
                await CheckAndStoreAsync(url, cancellationToken);
            }

            if (due.Count > 0)
            {
                LogBatch(due.Count);
            }

            return due.Count;
        }
        finally
        {
            await UnlockAsync(lockDb);
        }
    }

    /// <summary>
    /// Checks one address now (a curator's "check again"). When a batch is running elsewhere the address goes to the
    /// front of the queue instead and false is returned.
    /// </summary>
    public async Task<bool> CheckNowAsync(string url, CancellationToken cancellationToken)
    {
        await using var lockDb = await factory.CreateDbContextAsync(cancellationToken);
        if (!await TryLockAsync(lockDb, cancellationToken))
        {
            await lockDb.Set<LinkCheck>().Where(l => l.Url == url)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCheckedAt, (DateTime?)null), cancellationToken);
            return false;
        }

        try
        {
            await CheckAndStoreAsync(url, cancellationToken);
            return true;
        }
        finally
        {
            await UnlockAsync(lockDb);
        }
    }

    private static async Task<bool> TryLockAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken);
    }

    private static async Task UnlockAsync(CatalogueDbContext db)
    {
        try
        {
            await db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({LockKey}) AS \"Value\"").SingleAsync(CancellationToken.None);
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            // The connection is gone, and the session's lock with it.
        }
    }

    /// <summary>Adds rows for new addresses, drops rows no published entry uses, and picks the oldest results.</summary>
    private async Task<List<string>> SelectDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var dueBefore = now - options.Value.RecheckAfter;
        await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO link_checks (url, status, status_since, consecutive_failures)
            SELECT DISTINCT u.url, 'Unchecked', {0}, 0 FROM ({{LinkReports.PublishedUrlsSql}}) u
            ON CONFLICT (url) DO NOTHING
            """, [now], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM link_checks l WHERE NOT EXISTS (SELECT 1 FROM ({LinkReports.PublishedUrlsSql}) u WHERE u.url = l.url)", cancellationToken);
        return await db.Set<LinkCheck>().AsNoTracking()
            .Where(l => l.LastCheckedAt == null || l.LastCheckedAt < dueBefore)
            .OrderBy(l => l.LastCheckedAt == null ? 0 : 1).ThenBy(l => l.LastCheckedAt).ThenBy(l => l.Url)
            .Take(Math.Max(1, options.Value.BatchSize))
            .Select(l => l.Url)
            .ToListAsync(cancellationToken);
    }

    private async Task CheckAndStoreAsync(string url, CancellationToken cancellationToken)
    {
        var result = await probe.CheckAsync(url, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<LinkCheck>().FirstOrDefaultAsync(l => l.Url == url, cancellationToken);
        if (row is null)
        {
            row = new LinkCheck { Url = url, Status = LinkStatus.Unchecked, StatusSince = now };
            db.Add(row);
        }

        Apply(row, result, now);
        await db.SaveChangesAsync(cancellationToken);
        if (LinkCheck.IsFailure(result.Status))
        {
            LogFailure(url, result.Status, result.HttpStatus);
        }
    }

    internal static void Apply(LinkCheck row, ProbeResult result, DateTime now)
    {
        if (row.Status != result.Status || row.LastCheckedAt is null)
        {
            row.StatusSince = now;
        }

        row.Status = result.Status;
        row.HttpStatus = result.HttpStatus;
        row.RedirectTarget = result.RedirectTarget;
        row.LastCheckedAt = now;
        if (result.Status is LinkStatus.Ok or LinkStatus.Redirected)
        {
            row.LastSuccessAt = now;
            row.ConsecutiveFailures = 0;
        }
        else if (LinkCheck.IsFailure(result.Status))
        {
            row.ConsecutiveFailures++;
        }
    }

    [LoggerMessage(LogLevel.Information, "Link checker checked {Count} addresses")]
    private partial void LogBatch(int count);

    [LoggerMessage(LogLevel.Information, "Link {Url} is {LinkStatus} (HTTP {HttpStatus})")]
    private partial void LogFailure(string url, LinkStatus linkStatus, int? httpStatus);
}
