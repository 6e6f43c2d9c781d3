using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Catalogue.Core.Search;

/// <summary>The expensive part of a search, its total and disjunctive facet counts, as counted at one catalogue version.</summary>
public sealed record SearchCounts(int Total, IReadOnlyList<Facet> Facets);

/// <summary>
/// Totals and facet counts of recent searches, the pages of results read with them and the order of their results,
/// keyed by the search (text and selections; page and sort do not change counts) and by the catalogue version that the
/// database moves on with every change to entries, their links or term names. A change therefore makes every older
/// entry unreachable at once: counts are never stale, and an entry that was archived is never counted again.
/// </summary>
/// <remarks>
/// Identical searches that arrive while their counts are being computed wait for that one computation instead of
/// starting their own, so a burst of visitors to a popular page after a change costs one count, not one each. The
/// searches asked for most often are remembered across versions so they can be recounted ahead of visitors
/// (<see cref="MostUsed"/>).
/// </remarks>
public sealed class SearchResultCache : IDisposable
{
    /// <summary>How many different searches are remembered for <see cref="MostUsed"/>.</summary>
    public const int RememberedSearches = 500;

    /// <summary>A cached page weighs this many counts (20 hits with snippets against a list of facet values).</summary>
    private const int PageSize = 4;

    /// <summary>A cached result order weighs one unit per this many ids, on top of one for the entry itself.</summary>
    private const int IdsPerUnit = 2_500;

    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5_000 });
    private readonly ConcurrentDictionary<string, Lazy<Task<SearchCounts>>> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Usage> _usage = new(StringComparer.Ordinal);
    private long _computations;

    /// <summary>How many times counts were computed rather than reused (for tests and diagnostics).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>
    /// The counts of <paramref name="query"/> at <paramref name="version"/>: reused, joined while another caller computes
    /// them, or computed by <paramref name="compute"/>. The computation is not cancelled when one caller gives up,
    /// because others may be waiting for it; each caller stops waiting on its own token.
    /// </summary>
    public async Task<SearchCounts> GetOrComputeAsync(CatalogueQuery query, SearchOptions options, long version,
        Func<CancellationToken, Task<SearchCounts>> compute, CancellationToken cancellationToken)
    {
        var key = Key(query, options, version);
        if (_cache.TryGetValue(key, out SearchCounts? counts))
        {
            return counts!;
        }

        var running = _running.GetOrAdd(key, _ => new Lazy<Task<SearchCounts>>(() => ComputeAsync(key, compute)));
        return await running.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The searches asked for most often, most used first, to recount when the catalogue changes.</summary>
    public IReadOnlyList<(CatalogueQuery Query, SearchOptions Options)> MostUsed(int count) =>
        _usage.Values.OrderByDescending(u => u.Hits).Take(count).Select(u => (u.Query, u.Options)).ToList();

    public void Dispose() => _cache.Dispose();

    private async Task<SearchCounts> ComputeAsync(string key, Func<CancellationToken, Task<SearchCounts>> compute)
    {
        try
        {
            Interlocked.Increment(ref _computations);
            var counts = await compute(CancellationToken.None);
            _cache.Set(key, counts, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = SlidingExpiration });
            return counts;
        }
        finally
        {
            _running.TryRemove(key, out _);
        }
    }

    /// <summary>A page of results as read at <paramref name="version"/> (the same search, page and sort).</summary>
    public bool TryGetPage(CatalogueQuery query, SearchOptions options, long version, out SearchResults results) =>
        _cache.TryGetValue(PageKey(query, options, version), out results!);

    public void SetPage(CatalogueQuery query, SearchOptions options, long version, SearchResults results) =>
        _cache.Set(PageKey(query, options, version), results, new MemoryCacheEntryOptions { Size = PageSize, SlidingExpiration = SlidingExpiration });

    /// <summary>
    /// The ids of every result of a search in its sort order (up to the deep-paging cap) as read at
    /// <paramref name="version"/>, so further pages of it only load their own 20 rows.
    /// </summary>
    public bool TryGetOrder(CatalogueQuery query, SearchOptions options, long version, out int[] order) =>
        _cache.TryGetValue(OrderKey(query, options, version), out order!);

    public void SetOrder(CatalogueQuery query, SearchOptions options, long version, int[] order) =>
        _cache.Set(OrderKey(query, options, version), order,
            new MemoryCacheEntryOptions { Size = 1 + (order.Length / IdsPerUnit), SlidingExpiration = SlidingExpiration });

    /// <summary>Counts one use of a search towards <see cref="MostUsed"/>.</summary>
    public void Remember(CatalogueQuery query, SearchOptions options)
    {
        var usage = _usage.GetOrAdd(Key(query, options, version: 0), _ => new Usage(Normalised(query), options));
        Interlocked.Increment(ref usage.Hits);
        if (_usage.Count > RememberedSearches * 2)
        {
            // Forget the less used half; what stays keeps its count, so steady favourites are not pushed out by a burst.
            foreach (var rare in _usage.OrderBy(u => u.Value.Hits).Take(_usage.Count - RememberedSearches).ToList())
            {
                _usage.TryRemove(rare.Key, out _);
            }
        }
    }

    private static string PageKey(CatalogueQuery query, SearchOptions options, long version) =>
        string.Join('|', "page", options.Hits, options.Suggestions, Key(query, options, version),
            query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), query.Sort);

    private static string OrderKey(CatalogueQuery query, SearchOptions options, long version) =>
        string.Join('|', "order", Key(query, options, version), query.Sort);

    private static CatalogueQuery Normalised(CatalogueQuery query) => query with { Page = 1, Sort = CatalogueSort.Relevance };

    private static string Key(CatalogueQuery query, SearchOptions options, long version) =>
        string.Join('|',
            version,
            options.Facets ? string.Join(',', options.FacetKeys?.Order(StringComparer.Ordinal) ?? Enumerable.Repeat("*", 1)) : "-",
            CatalogueQueryString.ToQueryString(Normalised(query)));

    private sealed class Usage(CatalogueQuery query, SearchOptions options)
    {
        public long Hits;

        public CatalogueQuery Query { get; } = query;

        public SearchOptions Options { get; } = options;
    }
}
