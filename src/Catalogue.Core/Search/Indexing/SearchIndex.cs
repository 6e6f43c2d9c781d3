using Catalogue.Core.Search.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.Search.Indexing;

/// <summary>The search could not run: this instance has no index yet (it is being built). Pages answer 503 with a retry time.</summary>
public sealed class SearchUnavailableException(string message) : Exception(message);

/// <summary>
/// This instance's index as searches see it: the handle in use, swapped at once when a rebuild finishes (the old one is
/// closed a little later, after the searches still running on it). Changes are applied by <see cref="SearchIndexUpdater"/>.
/// </summary>
public sealed class SearchIndex(IOptions<SearchIndexOptions> options) : IDisposable
{
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource firstIndex = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile IndexHandle? current;

    public IndexHandle? Current => current;

    public bool IsReady => current is not null;

    /// <summary>Runs <paramref name="search"/> on the newest searcher, waiting a little for the first index of a starting instance.</summary>
    public async Task<T> SearchAsync<T>(Func<CatalogueSearcher, T> search, CancellationToken cancellationToken)
    {
        if (current is null)
        {
            await Task.WhenAny(firstIndex.Task, Task.Delay(options.Value.ReadyWait, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        for (var attempt = 0; ; attempt++)
        {
            var handle = current ?? throw new SearchUnavailableException("The search index is being built; try again in a few seconds.");
            try
            {
                return handle.Search(search);
            }
            catch (ObjectDisposedException) when (attempt == 0 && !ReferenceEquals(handle, current))
            {
                // A rebuilt index was swapped in and this one closed while the search started: search the new one.
            }
        }
    }

    /// <summary>Makes <paramref name="handle"/> the index searches use; the previous one is closed after a grace period.</summary>
    public void Install(IndexHandle handle)
    {
        var previous = Interlocked.Exchange(ref current, handle);
        firstIndex.TrySetResult();
        if (previous is not null && !ReferenceEquals(previous, handle))
        {
            _ = Task.Delay(RetireAfter).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
        }
    }

    public void Dispose() => current?.Dispose();
}
