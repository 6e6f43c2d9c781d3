using System.Diagnostics;
using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Catalogue.Tools.Generation;

public sealed record GenerationResult(int Entries, long Links, TimeSpan Elapsed)
{
    /// <summary>Time spent building rows in memory, copying entries, and waiting for link rows (copied alongside).</summary>
    public (TimeSpan Build, TimeSpan Entries, TimeSpan Links, TimeSpan Indexes) Breakdown { get; init; }

    public double EntriesPerSecond => Entries / Math.Max(Elapsed.TotalSeconds, 0.001);
}

/// <summary>
/// Fills a database with synthetic but realistic entries for benchmarks: deterministic for a seed, skewed like real
/// data (Zipf-distributed keywords, countries and organisations), text from the seeds' vocabulary. Rows go in with
/// PostgreSQL binary COPY in chunks (one transaction each), so memory stays flat from 1,000 to 1,000,000 entries.
/// Instead of an outbox row per entry it asks every app instance to rebuild its search index once, at the end.
/// </summary>
public sealed partial class CatalogueGenerator(IDbContextFactory<CatalogueDbContext> factory)
{
    public const int ChunkSize = 5_000;
    public const string Actor = "generator";


    public async Task<GenerationResult> GenerateAsync(int count, int seed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);

        // Benchmark data: a crash may lose the last chunks, so commits need not wait for the disk.
        await Execute(connection, "SET synchronous_commit = off", cancellationToken);
        // One request to rebuild the search indexes at the end instead of an outbox row per entry and link.
        await Execute(connection, OutboxOff, cancellationToken);
        var pools = await Pools.LoadAsync(db, connection, cancellationToken);
        var firstId = 1 + await Scalar<int>(connection, "SELECT coalesce(max(id), 0) FROM entries", cancellationToken);
        var existing = await Scalar<long>(connection, "SELECT count(*) FROM entries", cancellationToken);
        // Maintaining secondary indexes (search vector, title trigrams, the link tables' reverse lookups) row by row
        // costs more than building them once afterwards, as long as the tables at least double.
        var deferredIndexes = count >= DeferIndexesFrom && count >= existing
            ? await DropSecondaryIndexesAsync(connection, cancellationToken)
            : [];
        var random = new Random(seed);
        var links = 0L;
        // Entries of one chunk are copied on one connection while the links of the chunk before go in on a
        // second one, so PostgreSQL works on two cores (computing search vectors; checking foreign keys).
        await using var linkDb = await factory.CreateDbContextAsync(cancellationToken);
        var linkConnection = (NpgsqlConnection)linkDb.Database.GetDbConnection();
        await linkConnection.OpenAsync(cancellationToken);
        await Execute(linkConnection, "SET synchronous_commit = off", cancellationToken);
        await Execute(linkConnection, OutboxOff, cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        TimeSpan build = default, entries = default, linkWait = default;
        Task<long>? pendingLinks = null;
        var last = TimeSpan.Zero;
        try
        {
            for (var start = 0; start < count; start += ChunkSize)
            {
                var mark = stopwatch.Elapsed;
                var rows = Enumerable.Range(start, Math.Min(ChunkSize, count - start))
                    .Select(i => SyntheticEntry.Create(random, pools, firstId + i))
                    .ToList();
                build += stopwatch.Elapsed - mark;
                mark = stopwatch.Elapsed;
                CopyEntries(connection, rows);
                entries += stopwatch.Elapsed - mark;
                mark = stopwatch.Elapsed;
                if (pendingLinks is not null)
                {
                    links += await pendingLinks;
                }

                linkWait += stopwatch.Elapsed - mark;
                cancellationToken.ThrowIfCancellationRequested();
                pendingLinks = Task.Run(() => CopyLinks(linkConnection, rows), cancellationToken);
                progress?.Report(start + rows.Count);
            }

            var tail = stopwatch.Elapsed;
            links += await pendingLinks!;
            linkWait += stopwatch.Elapsed - tail;
        }
        finally
        {
            // Also after a failure or a cancellation: the catalogue must never be left without its search indexes.
            last = stopwatch.Elapsed;
            foreach (var definition in deferredIndexes)
            {
                await Execute(connection, definition, CancellationToken.None);
            }

            await Execute(connection, "RESET catalogue.search_outbox", CancellationToken.None);
            await Execute(linkConnection, "RESET catalogue.search_outbox", CancellationToken.None);
            await SearchOutboxReader.RequestRebuildAsync(connection, CancellationToken.None);
        }

        var indexes = stopwatch.Elapsed - last;
        stopwatch.Stop();
        // Fresh statistics, so the first searches after a generation are planned for the new size.
        await Execute(connection, "ANALYZE", cancellationToken);
        await Execute(connection, "SELECT setval(pg_get_serial_sequence('entries', 'id'), (SELECT max(id) FROM entries))", cancellationToken);
        return new GenerationResult(count, links, stopwatch.Elapsed) { Breakdown = (build, entries, linkWait, indexes) };
    }

    public const int DeferIndexesFrom = 20_000;

    /// <summary>Turns the search outbox triggers off for this session (migration SearchOutbox).</summary>
    private const string OutboxOff = "SET catalogue.search_outbox = 'off'";

    /// <summary>
    /// Drops the non-unique indexes of the entries table and of its link tables, and the link tables' foreign keys, and
    /// returns the statements that create them again (re-adding a foreign key checks every row in one join). Primary
    /// keys and unique indexes stay, so duplicates are still refused while copying.
    /// </summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT format('DROP INDEX %I', i.indexname), i.indexdef
            FROM pg_indexes i
            JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = to_regnamespace(i.schemaname)
            JOIN pg_index x ON x.indexrelid = c.oid
            WHERE i.schemaname = current_schema() AND NOT x.indisunique AND NOT x.indisprimary
              AND (i.tablename = 'entries' OR i.tablename LIKE 'entry\_%')
            UNION ALL
            SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, k.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, k.conname, pg_get_constraintdef(k.oid))
            FROM pg_constraint k
            JOIN pg_class t ON t.oid = k.conrelid
            WHERE k.contype = 'f' AND t.relnamespace = to_regnamespace(current_schema())
              AND t.relname LIKE 'entry\_%' AND t.relname NOT IN ('entry_relations', 'entry_revisions')
            """;
        var statements = new List<(string Drop, string Create)>();
        await using (var command = new NpgsqlCommand(sql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (drop, _) in statements)
        {
            await Execute(connection, drop, cancellationToken);
        }

        return statements.Select(d => d.Create).ToList();
    }

    internal static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(cancellationToken))!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // Index builds and ANALYZE over a million rows outlast the 30 s default on a busy machine; cancellation still stops them.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
