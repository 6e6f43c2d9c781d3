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
        var filters = new Dictionary<string, FixedBitSet[]>(StringComparer.Ordinal);
        foreach (var group in FacetRegistry.Groups)
        {
            if (FacetRegistry.InGroup(group).Any(f => query.Values(f.Key).Count > 0))
            {
                filters[group] = GroupFilter(leaves, group, query);
            }
        }

        const string years = "years";
        if (query.YearFrom is not null || query.YearTo is not null)
        {
            filters[years] = YearFilter(searcher, leaves, query.YearFrom, query.YearTo);
        }

        var full = Intersect(leaves.Count, null, filters.Values);

        // The text, matched once: the matches of every segment are kept for the counts, and those inside the full
        // filter are ranked. Without text every live document matches.
        var wanted = request.AllIds ? 0 : request.Skip + request.Take;
        var ranked = wanted > 0 ? TopFieldCollector.Create(SortOf(query), wanted, false, false, false, false) : null;
        IReadOnlyList<FixedBitSet?>? matches = null;
        List<int>? window = null;
        int total;
        if (query.HasText)
        {
            var text = new TextQueryBuilder(searcher.IndexedFields).Build(SearchTextParser.Parse(query.Text!));
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

            matches = leaves.Select(l => collector.Matches.GetValueOrDefault(l.Ord) ?? new FixedBitSet(l.AtomicReader.MaxDoc)).ToArray();
            total = collector.Total;
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

        var everything = Intersect(leaves.Count, matches, filters.Values);
        var counts = FacetCounting.Count(searcher, leaves, request.CountKeys, group =>
            filters.ContainsKey(group) ? Intersect(leaves.Count, matches, filters.Where(f => f.Key != group).Select(f => f.Value)) : everything);
        YearCounts? yearCounts = null;
        if (request.YearCounts || filters.ContainsKey(years))
        {
            var withoutYears = filters.ContainsKey(years) ? Intersect(leaves.Count, matches, filters.Where(f => f.Key != years).Select(f => f.Value)) : everything;
            yearCounts = FacetCounting.Years(searcher, leaves, withoutYears, perYear: request.YearCounts);
        }

        var ids = request.AllIds ? AllIds(searcher, leaves, everything) : window ?? Window(searcher, leaves, ranked, request.Skip, request.Take);
        return new EngineResult(ids, total, counts, yearCounts);
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

    /// <summary>Documents with any selected value of the group's facets (OR), live ones only.</summary>
    private static FixedBitSet[] GroupFilter(IList<AtomicReaderContext> leaves, string group, CatalogueQuery query) =>
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
    private static FixedBitSet[] YearFilter(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, int? from, int? to) =>
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
    private static FixedBitSet?[]? Intersect(int leafCount, IReadOnlyList<FixedBitSet?>? matches, IEnumerable<FixedBitSet[]> filters)
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
