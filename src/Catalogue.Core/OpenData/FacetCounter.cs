using Catalogue.Core.Search;

namespace Catalogue.Core.OpenData;

public sealed record FacetCount(string Value, int Count);

/// <summary>
/// The API's facet counts: the search index's disjunctive counts (each facet counted with every other selection
/// applied but its own) as value/count lists keyed by <see cref="CatalogueQuery.Keys"/>, most frequent first.
/// Values with no entries are left out.
/// </summary>
public static class FacetCounter
{
    public static readonly IReadOnlyList<string> CountedKeys =
    [
        CatalogueQuery.Keys.Kind, CatalogueQuery.Keys.SdgTarget, CatalogueQuery.Keys.GcmObjective,
        CatalogueQuery.Keys.Country, CatalogueQuery.Keys.Language, CatalogueQuery.Keys.Keyword,
    ];

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Format(IReadOnlyDictionary<string, Dictionary<string, int>> counts) =>
        CountedKeys.ToDictionary(key => key, key => (IReadOnlyList<FacetCount>)(counts.GetValueOrDefault(key) ?? [])
            .Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());
}
