using Catalogue.Core.Search;

namespace Catalogue.Core.OpenData;

public sealed record FacetCount(string Value, int Count);

/// <summary>
/// The API's facet counts: the catalogue search's disjunctive counts (each facet counted with every other selection
/// applied but its own, reused while the catalogue is unchanged), flattened to value/count lists keyed by
/// <see cref="CatalogueQuery.Keys"/>. Values with no entries are left out.
/// </summary>
public sealed class FacetCounter(ICatalogueSearch search)
{
    public static readonly IReadOnlyList<string> CountedKeys =
    [
        CatalogueQuery.Keys.Kind, CatalogueQuery.Keys.SdgTarget, CatalogueQuery.Keys.GcmObjective,
        CatalogueQuery.Keys.Country, CatalogueQuery.Keys.Language, CatalogueQuery.Keys.Keyword,
    ];

    // Countries are counted as the children of the region facet.
    private static readonly SearchOptions Options = new(Facets: true, Suggestions: false,
        FacetKeys: [.. CountedKeys.Where(k => k != CatalogueQuery.Keys.Country), CatalogueQuery.Keys.Region], Hits: false);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>> CountAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(query with { Page = 1 }, Options, cancellationToken);
        var byKey = results.Facets.ToDictionary(f => f.Key, f => f.Values);
        IEnumerable<FacetValue> Values(string key) => key == CatalogueQuery.Keys.Country
            ? byKey.GetValueOrDefault(CatalogueQuery.Keys.Region, []).SelectMany(r => r.Children ?? [])
            : byKey.GetValueOrDefault(key, []);

        return CountedKeys.ToDictionary(key => key, key => Sorted(Values(key).Where(v => v.Count > 0).Select(v => new FacetCount(v.Value, v.Count))));
    }

    private static IReadOnlyList<FacetCount> Sorted(IEnumerable<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
