using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Answers a <see cref="CatalogueQuery"/> from the index: the ranked window of entry ids, the total and the facet
/// counts, with no SQL. Filters are bit sets per segment (facet values from the index's postings, years from the
/// segment arrays). Counting is disjunctive — OR within a facet group, AND across groups, each group counted with
/// every other selection applied but its own — and exact, over the segment arrays (<see cref="FacetCounting"/>).
/// </summary>
public static class SearchEngine
{
    /// <summary>
    /// The best-ranked results whose ranking also counts where the words are (title, keywords, summary); those after
    /// them keep the order of the plain match. The set of the first results is the same for every page, so paging
    /// never repeats or skips a result.
    /// </summary>
    public const int RescoreWindow = 200;

    public static EngineResult Search(CatalogueSearcher searcher, EngineRequest request)
    {
        var query = request.Query;
        var leaves = searcher.IndexReader.Leaves;

        // Filters by facet group (and the year range), each one bit set per segment.
        var filters = SearchFilters.Of(searcher, query);
        const string years = SearchFilters.YearGroup;

        var full = SearchFilters.Intersect(leaves.Count, null, filters.Values);

        // The text, matched once: the matches of every segment are kept for the counts, and those inside the full
        // filter are ranked. Without text every live document matches.
        var wanted = request.AllIds ? 0 : request.Skip + request.Take;
        var ranked = wanted > 0 ? TopFieldCollector.Create(SortOf(query), wanted, false, false, false, false) : null;
        IReadOnlyList<FixedBitSet?>? matches = null;
        List<int>? window = null;
        int total;
        if (query.HasText)
        {
            var text = new TextQueryBuilder(searcher).Build(SearchTextParser.Parse(query.Text!));
            var rescore = wanted > 0 && query.Sort == CatalogueSort.Relevance && text is not null;
            if (rescore)
            {
                ranked = TopFieldCollector.Create(SortOf(query), Math.Max(wanted, RescoreWindow), fillFields: true, false, false, false);
            }

            var collector = request.StopAfter is { } stopAfter
                ? new MatchCollector(full, null, recordMatches: false, stopAfter)
                : new MatchCollector(full, ranked, recordMatches: true);
            if (text is not null)
            {
                searcher.Search(text.Match, collector);
            }

            total = collector.Total;
            if (collector.Matches.Count == 0)
            {
                // No document holds the text (or only whether enough do was asked): every count is zero.
                List<int> noIds = [];
                if (!request.AllIds)
                {
                    request.OnWindow?.Invoke(noIds);
                }

                var none = request.YearCounts || filters.ContainsKey(years) ? new YearCounts(new Dictionary<int, int>(), 0) : null;
                return new EngineResult(noIds, total, FacetCounting.None(request.CountKeys), none);
            }

            matches = leaves.Select(l => collector.Matches.GetValueOrDefault(l.Ord) ?? new FixedBitSet(l.AtomicReader.MaxDoc)).ToArray();
            if (rescore)
            {
                window = Rescorer.Window(searcher, leaves, ranked!, text!.Boosts, RescoreWindow, request.Skip, request.Take);
                ranked = null;
            }
        }
        else
        {
            // Date orders are read off each segment's sorted documents; the title order goes through Lucene's sort.
            if (ranked is not null && query.Sort != CatalogueSort.Title)
            {
                window = SortedWindow.Read(searcher, leaves, full, query.Sort == CatalogueSort.Updated, request.Skip, request.Take);
                ranked = null;
            }
            else if (ranked is not null)
            {
                searcher.Search(new MatchAllDocsQuery(), new MatchCollector(full, ranked, recordMatches: false));
            }

            total = full is null ? searcher.IndexReader.NumDocs : full.Sum(f => f?.Cardinality ?? 0);
        }

        var ids = request.AllIds ? null : window ?? Window(searcher, leaves, ranked, request.Skip, request.Take);
        if (ids is not null)
        {
            request.OnWindow?.Invoke(ids);
        }

        var everything = SearchFilters.Intersect(leaves.Count, matches, filters.Values);
        var counts = FacetCounting.Count(searcher, leaves, request.CountKeys, group =>
            filters.ContainsKey(group) ? SearchFilters.Intersect(leaves.Count, matches, filters.Where(f => f.Key != group).Select(f => f.Value)) : everything);
        YearCounts? yearCounts = null;
        if (request.YearCounts || filters.ContainsKey(years))
        {
            var withoutYears = filters.ContainsKey(years) ? SearchFilters.Intersect(leaves.Count, matches, filters.Where(f => f.Key != years).Select(f => f.Value)) : everything;
            yearCounts = FacetCounting.Years(searcher, leaves, withoutYears, perYear: request.YearCounts);
        }

        return new EngineResult(ids ?? AllIds(searcher, leaves, everything), total, counts, yearCounts);
    }

    private static Sort SortOf(CatalogueQuery query)
    {
        var newest = new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true);
        var idDescending = new SortField(IndexFields.Id, SortFieldType.INT64, reverse: true);
        return (query.Sort, query.HasText) switch
        {
            (CatalogueSort.Relevance, true) => new Sort(SortField.FIELD_SCORE, newest, idDescending),
            (CatalogueSort.Title, _) => new Sort(new SortField(IndexFields.TitleSort, SortFieldType.STRING), new SortField(IndexFields.Id, SortFieldType.INT64)),
            (CatalogueSort.Updated, _) => new Sort(new SortField(IndexFields.Updated, SortFieldType.INT64, reverse: true), idDescending),
            _ => new Sort(newest, idDescending),
        };
    }

    private static List<int> Window(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, TopFieldCollector? ranked, int skip, int take)
    {
        if (ranked is null)
        {
            return [];
        }

        var ids = new List<int>(take);
        foreach (var hit in ranked.GetTopDocs(skip, take).ScoreDocs)
        {
            var leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
            ids.Add(searcher.Segments[leaf].EntryIds[hit.Doc - leaves[leaf].DocBase]);
        }

        return ids;
    }

    private static List<int> AllIds(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, FixedBitSet?[]? everything)
    {
        var ids = new List<int>();
        foreach (var leaf in leaves)
        {
            var segment = searcher.Segments[leaf.Ord];
            var bits = everything?[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (bits is null ? live is null || live.Get(doc) : bits.Get(doc))
                {
                    ids.Add(segment.EntryIds[doc]);
                }
            }
        }

        return ids;
    }
}
