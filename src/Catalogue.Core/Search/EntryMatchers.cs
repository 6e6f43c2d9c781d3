using Catalogue.Core.Data;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Core.Search;

/// <summary>The ids of every entry a search matches, for exports (which then read the entries in their own order).</summary>
public interface IEntryMatcher
{
    /// <param name="publishedOnly">False for a curator's export of every status.</param>
    Task<IReadOnlyCollection<int>> MatchAsync(CatalogueQuery query, bool publishedOnly, CancellationToken cancellationToken);
}

/// <summary>The web app's matcher: this instance's search index (published entries only).</summary>
public sealed class IndexEntryMatcher(ICatalogueSearch search) : IEntryMatcher
{
    public async Task<IReadOnlyCollection<int>> MatchAsync(CatalogueQuery query, bool publishedOnly, CancellationToken cancellationToken)
    {
        if (!publishedOnly)
        {
            throw new InvalidOperationException("The search index holds published entries only; export every status with the export command.");
        }

        return (await search.FindAsync(new EngineRequest(query, CountKeys: [], AllIds: true), cancellationToken)).EntryIds;
    }
}

/// <summary>
/// The command line's matcher: no index runs there, so a search is answered by an index built in memory for it (once
/// per status choice), with the same analysis and engine as the site — every status when asked.
/// </summary>
public sealed class TemporaryIndexEntryMatcher(IDbContextFactory<CatalogueDbContext> factory) : IEntryMatcher, IDisposable
{
    private readonly Dictionary<bool, IndexHandle> built = [];

    public async Task<IReadOnlyCollection<int>> MatchAsync(CatalogueQuery query, bool publishedOnly, CancellationToken cancellationToken)
    {
        if (!built.TryGetValue(publishedOnly, out var handle))
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(cancellationToken);
            handle = IndexHandle.Open(new RAMDirectory(), null, create: true);
            try
            {
                await SearchIndexBuilder.BuildAsync(connection, handle, anyStatus: !publishedOnly, null, cancellationToken);
            }
            catch
            {
                handle.Dispose();
                throw;
            }

            built[publishedOnly] = handle;
        }

        return handle.Search(searcher => SearchEngine.Search(searcher, new EngineRequest(query, CountKeys: [], AllIds: true)).EntryIds);
    }

    public void Dispose()
    {
        foreach (var handle in built.Values)
        {
            handle.Dispose();
        }
    }
}
