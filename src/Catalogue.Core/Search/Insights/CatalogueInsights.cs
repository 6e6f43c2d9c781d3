using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;

namespace Catalogue.Core.Search.Insights;

/// <summary>The picture of one search: its total, facet counts (countries, scopes …), entries per year and cross-tabs.</summary>
/// <param name="Counts">Disjunctive facet counts, as the catalogue's facet panel has them.</param>
public sealed record InsightsData(int Total, IReadOnlyDictionary<string, Dictionary<string, int>> Counts, YearCounts? Years, IReadOnlyList<CrossTab> Tabs)
{
    public CrossTab Tab(string rowKey, string columnKey) => Tabs.First(t => t.RowKey == rowKey && t.ColumnKey == columnKey);

    public int Count(string key, string value) => Counts.TryGetValue(key, out var values) ? values.GetValueOrDefault(value) : 0;
}

/// <summary>
/// Counts for the insights pages, from the search index alone (published entries; no SQL at query time): one read of
/// the index for the totals and facet counts, the same read for every cross-tab.
/// </summary>
public sealed class CatalogueInsights(SearchIndex index)
{
    public Task<InsightsData> CountAsync(CatalogueQuery query, IReadOnlyCollection<string> facetKeys, IReadOnlyList<CrossTabRequest> tabs,
        CancellationToken cancellationToken) =>
        index.SearchAsync(searcher =>
        {
            var found = SearchEngine.Search(searcher, new EngineRequest(query, 0, 0, facetKeys, YearCounts: true));
            return new InsightsData(found.Total, found.Counts, found.Years, CrossTabCounting.Count(searcher, query, tabs));
        }, cancellationToken);
}
