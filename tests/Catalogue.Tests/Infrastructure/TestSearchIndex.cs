using Catalogue.Core.Search;
using Catalogue.Core.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// A search index in memory over a test database, started as an app instance starts one (build from PostgreSQL, then
/// outbox polls on demand), with the search service on top.
/// </summary>
public sealed class TestSearchIndex : IDisposable
{
    private TestSearchIndex(TestDatabase database, SearchIndexOptions settings)
    {
        var options = Options.Create(settings);
        Index = new SearchIndex(options);
        Updater = new SearchIndexUpdater(database.Factory, Index, new IndexStorage(options, NullLogger<IndexStorage>.Instance), options,
            NullLogger<SearchIndexUpdater>.Instance);
        Search = new CatalogueSearchService(database.Factory, Index);
    }

    public SearchIndex Index { get; }

    public SearchIndexUpdater Updater { get; }

    public CatalogueSearchService Search { get; }

    /// <summary>An index that is not started yet.</summary>
    public static TestSearchIndex Create(TestDatabase database, SearchIndexOptions? settings = null) =>
        new(database, settings ?? new SearchIndexOptions { InMemory = true });

    /// <summary>Builds the index of <paramref name="database"/> and waits until it answers.</summary>
    public static async Task<TestSearchIndex> StartAsync(TestDatabase database, SearchIndexOptions? settings = null)
    {
        var index = new TestSearchIndex(database, settings ?? new SearchIndexOptions { InMemory = true });
        await index.Updater.StartAsync(CancellationToken.None);
        await index.Updater.Rebuilding;
        return index;
    }

    /// <summary>Applies what changed in the database since (what an instance's poll does).</summary>
    public Task CatchUpAsync() => Updater.CatchUpAsync(CancellationToken.None);

    public void Dispose() => Index.Dispose();
}
