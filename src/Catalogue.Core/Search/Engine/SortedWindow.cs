using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// The first results of a search without text in date order, read off each segment's documents already in that order
/// (<see cref="SegmentData.NewestFirst"/>) and merged across segments: the cost follows the page asked for, not the
/// size of the catalogue.
/// </summary>
internal static class SortedWindow
{
    /// <param name="filter">The documents in the search per segment (null: every live document).</param>
    public static List<int> Read(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, FixedBitSet?[]? filter, bool byUpdate, int skip, int take)
    {
        var cursors = new int[leaves.Count];
        var ids = new List<int>(take);
        for (var rank = 0; rank < skip + take; rank++)
        {
            var best = -1;
            var bestDoc = -1;
            for (var leaf = 0; leaf < leaves.Count; leaf++)
            {
                var segment = searcher.Segments[leaf];
                var order = byUpdate ? segment.UpdatedFirst : segment.NewestFirst;
                var bits = filter?[leaf];
                var live = leaves[leaf].AtomicReader.LiveDocs;
                while (cursors[leaf] < order.Length && !(bits is null ? live is null || live.Get(order[cursors[leaf]]) : bits.Get(order[cursors[leaf]])))
                {
                    cursors[leaf]++;
                }

                if (cursors[leaf] == order.Length)
                {
                    continue;
                }

                var doc = order[cursors[leaf]];
                if (best < 0 || Before(segment, doc, searcher.Segments[best], bestDoc, byUpdate))
                {
                    best = leaf;
                    bestDoc = doc;
                }
            }

            if (best < 0)
            {
                break;
            }

            cursors[best]++;
            if (rank >= skip)
            {
                ids.Add(searcher.Segments[best].EntryIds[bestDoc]);
            }
        }

        return ids;
    }

    private static bool Before(SegmentData a, int docA, SegmentData b, int docB, bool byUpdate)
    {
        var keyA = byUpdate ? a.Updated[docA] : a.Published[docA];
        var keyB = byUpdate ? b.Updated[docB] : b.Published[docB];
        return keyA != keyB ? keyA > keyB : a.EntryIds[docA] > b.EntryIds[docB];
    }
}
