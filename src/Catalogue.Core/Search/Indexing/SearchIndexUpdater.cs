using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Catalogue.Core.Search.Indexing;

/// <summary>
/// Keeps this instance's index in step with PostgreSQL. At start it opens the newest index of the catalogue (or builds
/// one when there is none, it cannot be read, it has an older layout or the outbox rows it needs were pruned). Then
/// it applies outbox rows: those of this instance's own writes right after their commit (so an edit is searchable
/// before its response returns), everybody else's at each poll. Rebuilds run beside the index in use and replace it
/// when done.
/// </summary>
public sealed partial class SearchIndexUpdater(IDbContextFactory<CatalogueDbContext> contextFactory, SearchIndex index, IndexStorage storage,
    IOptions<SearchIndexOptions> options, ILogger<SearchIndexUpdater> logger)
{
    private const int ApplyBatch = 2_000;

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Outbox rows applied whose transactions are not yet below the watermark (they are read again), by id → transaction.</summary>
    private readonly Dictionary<long, long> applied = [];

    private Guid catalogueId;
    private bool started;
    private volatile bool rebuildWanted;
    private Task rebuilding = Task.CompletedTask;
    private DateTime lastCommit = DateTime.UtcNow;

    public SearchIndexStatus Status { get; } = new();

    /// <summary>Opens or starts building the index; returns once an index is in use or a build has begun.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            var (id, prunedBelow) = await SearchOutboxReader.ReadStateAsync(connection, cancellationToken);
            catalogueId = id;
            var existing = storage.OpenNewest(catalogueId);
            if (existing is not null)
            {
                index.Install(existing);
                Status.Watermark = existing.Watermark;
                if (existing.Layout != IndexFields.LayoutVersion || existing.Watermark < prunedBelow)
                {
                    LogRebuildingOld(existing.Folder, existing.Layout, existing.Watermark);
                    RequestRebuild();
                }
                else
                {
                    LogOpened(existing.Folder, existing.Search(s => s.Documents), existing.Watermark);
                }
            }
            else
            {
                RequestRebuild();
            }

            started = true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Applies every outbox row committed since the last call. Called after each of this instance's commits and at every
    /// poll; cheap when nothing changed (one short statement).
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!started || index.Current is not { } handle)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(handle, index.Current))
            {
                handle = index.Current!;
            }

            await using var connection = await OpenAsync(cancellationToken);
            var read = await SearchOutboxReader.ReadAsync(connection, handle.Watermark, cancellationToken);
            var fresh = read.Changes.Where(c => !applied.ContainsKey(c.Id)).ToList();
            if (fresh.Any(c => c.EntryId is null))
            {
                RequestRebuild();
            }

            var ids = fresh.Where(c => c.EntryId is not null).Select(c => c.EntryId!.Value).Distinct().ToList();
            foreach (var chunk in ids.Chunk(ApplyBatch))
            {
                var records = await EntryIndexLoader.LoadAsync(connection, chunk, cancellationToken);
                Apply(handle, chunk, records);
            }

            if (ids.Count > 0)
            {
                handle.Searchers.MaybeRefreshBlocking();
                handle.Dirty = true;
                LogApplied(ids.Count, fresh.Count);
            }

            foreach (var change in fresh)
            {
                applied[change.Id] = change.TransactionId;
            }

            foreach (var id in applied.Where(a => a.Value < read.NextWatermark).Select(a => a.Key).ToList())
            {
                applied.Remove(id);
            }

            handle.Watermark = read.NextWatermark;
            Status.Watermark = read.NextWatermark;
            Status.LastCatchUp = DateTime.UtcNow;
            if (handle.Dirty && DateTime.UtcNow - lastCommit >= options.Value.CommitInterval)
            {
                handle.Commit(catalogueId);
                lastCommit = DateTime.UtcNow;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Deletes outbox rows older than the retention period (any instance may; it is idempotent).</summary>
    public async Task PruneOutboxAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var pruned = await SearchOutboxReader.PruneAsync(connection, options.Value.OutboxRetention, cancellationToken);
        if (pruned > 0)
        {
            LogPruned(pruned);
        }
    }

    /// <summary>Commits what was applied, so a restart resumes from here (on shutdown).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (index.Current is { Dirty: true } handle)
            {
                handle.Commit(catalogueId);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Apply(IndexHandle handle, IReadOnlyCollection<int> ids, IEnumerable<EntryIndexRecord> records)
    {
        var published = records.Where(r => r.Status == EntryStatus.Published).ToDictionary(r => r.Id);
        foreach (var id in ids)
        {
            var term = new Term(IndexFields.Id, EntryDocumentBuilder.IdTerm(id));
            if (published.TryGetValue(id, out var record))
            {
                handle.Writer.UpdateDocument(term, EntryDocumentBuilder.Build(record));
            }
            else
            {
                handle.Writer.DeleteDocuments(term);
            }
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await db.DisposeAsync();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    [LoggerMessage(LogLevel.Information, "Search index {Folder} opened: {Documents} entries, outbox watermark {Watermark}")]
    private partial void LogOpened(string? folder, int documents, long watermark);

    [LoggerMessage(LogLevel.Information, "Search index {Folder} (layout {Layout}, watermark {Watermark}) keeps answering while a new one is built")]
    private partial void LogRebuildingOld(string? folder, int layout, long watermark);

    [LoggerMessage(LogLevel.Information, "Search index built: {Documents} entries in {Seconds:0.0} s ({Folder})")]
    private partial void LogBuilt(int documents, double seconds, string? folder);

    [LoggerMessage(LogLevel.Error, "Building the search index failed; trying again in 5 s")]
    private partial void LogBuildFailed(Exception exception);

    [LoggerMessage(LogLevel.Debug, "Search index: applied {Entries} changed entries ({Rows} outbox rows)")]
    private partial void LogApplied(int entries, int rows);

    [LoggerMessage(LogLevel.Information, "Search outbox: pruned {Rows} rows past the retention period")]
    private partial void LogPruned(int rows);
}
