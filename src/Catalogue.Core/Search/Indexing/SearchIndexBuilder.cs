using System.Data;
using System.Diagnostics;
using System.Threading.Channels;
using Lucene.Net.Index;
using Npgsql;

namespace Catalogue.Core.Search.Indexing;

/// <summary>What a full build did.</summary>
public sealed record IndexBuildReport(int Documents, TimeSpan Elapsed, long Watermark);

/// <summary>
/// Fills an empty index with every published entry (or every entry, for a curator's export), read in one snapshot of
/// the database in batches while earlier batches are being analysed, then merged into one segment.
/// </summary>
public static class SearchIndexBuilder
{
    public const int BatchSize = 2_000;

    /// <summary>
    /// Builds into <paramref name="handle"/> from one read-only snapshot and sets its watermark to that snapshot's: the
    /// outbox rows of transactions the snapshot may not show are applied afterwards, again.
    /// </summary>
    public static async Task<IndexBuildReport> BuildAsync(NpgsqlConnection connection, IndexHandle handle, bool anyStatus,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<List<EntryIndexRecord>>(2);
        var documents = 0;
        long watermark;
        // Analysis is the bulk of the work: every core analyses, while PostgreSQL reads the next batches.
        var analysers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var entry in batch)
                {
                    handle.Writer.AddDocument(EntryDocumentBuilder.Build(entry));
                }

                var done = Interlocked.Add(ref documents, batch.Count);
                progress?.Report(done);
            }
        }, cancellationToken)).ToList();

        try
        {
            await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken))
            {
                watermark = await SearchOutboxReader.SnapshotWatermarkAsync(connection, cancellationToken);
                var after = 0;
                while (true)
                {
                    var batch = await EntryIndexLoader.LoadBatchAsync(connection, after, BatchSize, anyStatus, cancellationToken);
                    if (batch.Count == 0)
                    {
                        break;
                    }

                    after = batch[^1].Id;
                    await batches.Writer.WriteAsync(batch, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            batches.Writer.TryComplete();
        }

        await Task.WhenAll(analysers);
        handle.Writer.ForceMerge(1);
        handle.Watermark = watermark;
        handle.Searchers.MaybeRefreshBlocking();
        return new IndexBuildReport(documents, watch.Elapsed, watermark);
    }
}
