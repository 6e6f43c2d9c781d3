using Microsoft.Extensions.Caching.Memory;

namespace Catalogue.Core.Search;

/// <summary>The expensive part of a search, its total and disjunctive facet counts, as counted at one catalogue version.</summary>
public sealed record SearchCounts(int Total, IReadOnlyList<Facet> Facets);

/// <summary>
/// Totals and facet counts of recent searches, keyed by the search (text and selections; page and sort do not change
/// counts) and by the catalogue version that the database moves on with every change to entries, their links or
/// term names. A change therefore makes every older entry unreachable at once: counts are never stale, and an
/// entry that was archived is never counted again.
/// </summary>
public sealed class SearchCountCache : IDisposable
{
    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5_000 });

    public bool TryGet(CatalogueQuery query, SearchOptions options, long version, out SearchCounts counts) =>
        _cache.TryGetValue(Key(query, options, version), out counts!);

    public void Set(CatalogueQuery query, SearchOptions options, long version, SearchCounts counts) =>
        _cache.Set(Key(query, options, version), counts, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = SlidingExpiration });

    public void Dispose() => _cache.Dispose();

    private static string Key(CatalogueQuery query, SearchOptions options, long version) =>
        string.Join('|',
            version,
            options.Facets ? string.Join(',', options.FacetKeys?.Order(StringComparer.Ordinal) ?? Enumerable.Repeat("*", 1)) : "-",
            CatalogueQueryString.ToQueryString(query with { Page = 1, Sort = CatalogueSort.Relevance }));
}
