using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Adds the score of the boost query (where the words are) to the first results of a relevance-ranked text search and
/// orders them again: a few hundred documents are looked up in the title, keyword and summary postings, instead of
/// every match of a common word.
/// </summary>
internal static class Rescorer
{
    public static List<int> Window(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, TopFieldCollector ranked, Query boosts,
        int rescored, int skip, int take)
    {
        var hits = ranked.GetTopDocs().ScoreDocs.Cast<FieldDoc>().ToList();
        var head = hits.Take(rescored).Select(hit => (Hit: hit, Score: ((J2N.Numerics.Number)hit.Fields[0]).ToSingle())).ToList();
        var weight = searcher.CreateNormalizedWeight(boosts);
        foreach (var group in head.Select((h, i) => (h.Hit.Doc, Index: i)).GroupBy(h => ReaderUtil.SubIndex(h.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            foreach (var (doc, index) in group.OrderBy(h => h.Doc))
            {
                var target = doc - leaf.DocBase;
                var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (at == target)
                {
                    head[index] = (head[index].Hit, head[index].Score + scorer.GetScore());
                }
            }
        }

        // Ties keep the collector's order (newest first, then the highest id): OrderBy is stable.
        var ordered = head.OrderByDescending(h => h.Score).Select(h => h.Hit).Concat(hits.Skip(rescored));
        return ordered.Skip(skip).Take(take).Select(hit =>
        {
            var leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
            return searcher.Segments[leaf].EntryIds[hit.Doc - leaves[leaf].DocBase];
        }).ToList();
    }
}
