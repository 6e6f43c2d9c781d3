namespace Catalogue.Core.Search.Indexing;

/// <summary>Full builds: beside the index in use, one at a time, repeated while another was asked for during one.</summary>
public sealed partial class SearchIndexUpdater
{
    /// <summary>The build running now, if any (tests and the reindex command wait for it).</summary>
    public Task Rebuilding => rebuilding;

    private void RequestRebuild()
    {
        rebuildWanted = true;
        if (rebuilding.IsCompleted)
        {
            rebuilding = Task.Run(RebuildWhileWantedAsync);
        }
    }

    private async Task RebuildWhileWantedAsync()
    {
        while (rebuildWanted)
        {
            rebuildWanted = false;
            Status.Building = true;
            try
            {
                await RebuildAsync(CancellationToken.None);
            }
            catch (Exception exception)
            {
                LogBuildFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
                rebuildWanted = true;
            }
            finally
            {
                Status.Building = false;
            }
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        // Outbox rows seen so far were committed before the build's snapshot began, so the build covers them
        // (rebuild requests included); rows seen later are applied to the new index again.
        Dictionary<long, long> covered;
        await gate.WaitAsync(cancellationToken);
        try
        {
            covered = new Dictionary<long, long>(applied);
        }
        finally
        {
            gate.Release();
        }

        var handle = storage.Create(catalogueId);
        IndexBuildReport report;
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            report = await SearchIndexBuilder.BuildAsync(connection, handle, anyStatus: false, null, cancellationToken);
            handle.Commit(catalogueId);
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            index.Install(handle);
            applied.Clear();
            foreach (var (id, transaction) in covered)
            {
                applied[id] = transaction;
            }

            Status.Watermark = handle.Watermark;
            Status.LastBuild = report;
        }
        finally
        {
            gate.Release();
        }

        LogBuilt(report.Documents, report.Elapsed.TotalSeconds, handle.Folder);
        _ = Task.Delay(TimeSpan.FromSeconds(40), CancellationToken.None).ContinueWith(_ => storage.DeleteAllBut(catalogueId, handle.Folder), TaskScheduler.Default);
        await CatchUpAsync(cancellationToken);
    }
}
