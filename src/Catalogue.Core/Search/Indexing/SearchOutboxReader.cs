using Npgsql;

namespace Catalogue.Core.Search.Indexing;

/// <summary>One row of the search outbox: an entry that changed (or, without one, a request to rebuild).</summary>
public sealed record OutboxChange(long Id, long TransactionId, int? EntryId);

/// <summary>The changes visible now at or above the watermark, and the watermark to read from next time.</summary>
/// <param name="NextWatermark">The oldest transaction still running when the rows were read: every transaction older
/// than it has ended, so its rows were all in this read; younger ones may still commit and are read again.</param>
public sealed record OutboxRead(long NextWatermark, IReadOnlyList<OutboxChange> Changes);

/// <summary>The SQL side of the search outbox (table and triggers: migration SearchOutbox).</summary>
public static class SearchOutboxReader
{
    /// <summary>
    /// Rows of transactions at or after <paramref name="watermark"/>. Rows are found by transaction id, not by row id,
    /// because row ids are handed out when rows are written and a transaction that wrote early may commit late.
    /// </summary>
    public static async Task<OutboxRead> ReadAsync(NpgsqlConnection connection, long watermark, CancellationToken cancellationToken)
    {
        long next;
        await using (var snapshot = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", connection))
        {
            next = (long)(await snapshot.ExecuteScalarAsync(cancellationToken))!;
        }

        var changes = new List<OutboxChange>();
        await using var command = new NpgsqlCommand("SELECT id, txid, entry_id FROM search_outbox WHERE txid >= @watermark ORDER BY id", connection);
        command.Parameters.AddWithValue("watermark", watermark);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new OutboxChange(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
        }

        return new OutboxRead(Math.Max(next, watermark), changes);
    }

    /// <summary>The catalogue's identity (a new database gets a new one) and the transaction below which rows were pruned.</summary>
    public static async Task<(Guid CatalogueId, long PrunedBelow)> ReadStateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT catalogue_id, pruned_below FROM search_index_state WHERE id = 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("search_index_state has no row: the database is not migrated.");
        }

        return (reader.GetGuid(0), reader.GetInt64(1));
    }

    /// <summary>Asks every instance to rebuild its index (after bulk loads, or from the reindex command).</summary>
    public static async Task RequestRebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("INSERT INTO search_outbox (entry_id) VALUES (NULL)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes rows older than <paramref name="retention"/>; an index whose watermark is below what went must be rebuilt.</summary>
    public static async Task<int> PruneAsync(NpgsqlConnection connection, TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH pruned AS (DELETE FROM search_outbox WHERE created_at < now() - @retention RETURNING txid)
            UPDATE search_index_state SET pruned_below = greatest(pruned_below, (SELECT max(txid) + 1 FROM pruned))
            WHERE id = 1 AND EXISTS (SELECT 1 FROM pruned)
            RETURNING (SELECT count(*) FROM pruned)::int
            """, connection);
        command.Parameters.AddWithValue("retention", retention);
        return await command.ExecuteScalarAsync(cancellationToken) is int count ? count : 0;
    }

    /// <summary>The snapshot a full build reads in: every transaction older than the returned watermark is in it.</summary>
    public static async Task<long> SnapshotWatermarkAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
