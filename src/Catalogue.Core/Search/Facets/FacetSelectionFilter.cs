using Catalogue.Core.Search.Indexing;

namespace Catalogue.Core.Search.Facets;

/// <summary>
/// Whether one entry has the facet values a query selects (OR within a facet group, AND across groups), decided from
/// the same registry definitions the index is built from. For the few entries outside the index that a surface still
/// has to classify: OAI-PMH reports archived entries as deleted records of the sets they were in.
/// </summary>
public static class FacetSelectionFilter
{
    public static bool Matches(EntryIndexRecord entry, CatalogueQuery query) =>
        query.Selections.Keys.Select(k => FacetRegistry.Get(k).GroupKey).Distinct().All(group =>
            FacetRegistry.InGroup(group).Any(facet =>
            {
                var selected = query.Values(facet.Key);
                return selected.Count > 0 && facet.ValuesOf(entry).Any(v => selected.Contains(v, StringComparer.Ordinal));
            }));
}
