using Catalogue.Core.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>The filters of a query as bit sets per segment, shared by the search and the cross-tab counts.</summary>
internal static class SearchFilters
{
    /// <summary>The key under which the year range's filter is kept beside the facet groups.</summary>
    public const string YearGroup = "years";

    /// <summary>The query's filter of each selected facet group, and of the year range under <see cref="YearGroup"/>.</summary>
    public static Dictionary<string, FixedBitSet[]> Of(CatalogueSearcher searcher, CatalogueQuery query)
    {
        var leaves = searcher.IndexReader.Leaves;
        var filters = new Dictionary<string, FixedBitSet[]>(StringComparer.Ordinal);
        foreach (var group in FacetRegistry.Groups)
        {
            if (FacetRegistry.InGroup(group).Any(f => query.Values(f.Key).Count > 0))
            {
                filters[group] = Group(leaves, group, query);
            }
        }

        if (query.YearFrom is not null || query.YearTo is not null)
        {
            filters[YearGroup] = Years(searcher, leaves, query.YearFrom, query.YearTo);
        }

        return filters;
    }

    /// <summary>Documents with any selected value of the group's facets (OR), live ones only.</summary>
    public static FixedBitSet[] Group(IList<AtomicReaderContext> leaves, string group, CatalogueQuery query) =>
        leaves.Select(leaf =>
        {
            var reader = leaf.AtomicReader;
            var bits = new FixedBitSet(reader.MaxDoc);
            foreach (var facet in FacetRegistry.InGroup(group))
            {
                foreach (var value in query.Values(facet.Key))
                {
                    var docs = reader.GetTermDocsEnum(new Term(facet.Field, value));
                    if (docs is null)
                    {
                        continue;
                    }

                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        bits.Set(doc);
                    }
                }
            }

            return bits;
        }).ToArray();

    /// <summary>Live documents whose years overlap the range; undated ones never do.</summary>
    public static FixedBitSet[] Years(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, int? from, int? to) =>
        leaves.Select(leaf =>
        {
            var segment = searcher.Segments[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            var bits = new FixedBitSet(segment.MaxDoc);
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                var first = segment.YearFrom[doc];
                if (first != 0 && (to is null || first <= to) && (from is null || segment.YearTo[doc] >= from) && (live is null || live.Get(doc)))
                {
                    bits.Set(doc);
                }
            }

            return bits;
        }).ToArray();

    /// <summary>The intersection per segment of the matches (null: every live document) and the filters; null when both are absent.</summary>
    public static FixedBitSet?[]? Intersect(int leafCount, IReadOnlyList<FixedBitSet?>? matches, IEnumerable<FixedBitSet[]> filters)
    {
        var all = filters.ToList();
        if (matches is null && all.Count == 0)
        {
            return null;
        }

        var result = new FixedBitSet?[leafCount];
        for (var leaf = 0; leaf < leafCount; leaf++)
        {
            FixedBitSet? bits = matches?[leaf]?.Clone();
            foreach (var filter in all)
            {
                if (bits is null)
                {
                    bits = filter[leaf].Clone();
                }
                else
                {
                    bits.And(filter[leaf]);
                }
            }

            result[leaf] = bits;
        }

        return result;
    }
}
