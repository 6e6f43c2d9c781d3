using System.Numerics;
using Catalogue.Core.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Exact facet counts over the segment arrays. Each distinct set of documents is counted once, for every facet at
/// once (one pass over its documents' value rows); a set holding more than half of a segment is counted as the
/// segment's totals minus the documents outside it, so "everything" costs as little as "almost nothing".
/// </summary>
internal static class FacetCounting
{
    /// <param name="setFor">The documents a facet group is counted over (null per segment: every live document; null: all).</param>
    public static Dictionary<string, Dictionary<string, int>> Count(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves,
        IReadOnlyCollection<string>? keys, Func<string, FixedBitSet?[]?> setFor)
    {
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var counted = new Dictionary<FixedBitSet?[], int[]>(ReferenceEqualityComparer.Instance);
        int[]? countedAll = null;
        var length = searcher.Vocabulary.Count;
        foreach (var facet in FacetRegistry.All.Where(f => keys is null || keys.Contains(f.Key)))
        {
            var set = setFor(facet.GroupKey);
            int[] counts;
            if (set is null)
            {
                counts = countedAll ??= CountSet(searcher, leaves, null, length);
            }
            else if (!counted.TryGetValue(set, out counts!))
            {
                counted[set] = counts = CountSet(searcher, leaves, set, length);
            }

            result[facet.Key] = searcher.Vocabulary.CountsOf(FacetVocabulary.IndexOf(facet), counts);
        }

        return result;
    }

    public static YearCounts Years(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, FixedBitSet?[]? set, bool perYear)
    {
        var byYear = new Dictionary<int, int>();
        var undated = 0;
        foreach (var leaf in leaves)
        {
            var segment = searcher.Segments[leaf.Ord];
            var bits = set?[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (bits is null ? live is not null && !live.Get(doc) : !bits.Get(doc))
                {
                    continue;
                }

                var first = segment.YearFrom[doc];
                if (first == 0)
                {
                    undated++;
                }
                else if (perYear)
                {
                    for (var year = first; year <= segment.YearTo[doc]; year++)
                    {
                        byYear[year] = byYear.GetValueOrDefault(year) + 1;
                    }
                }
            }
        }

        return new YearCounts(byYear, undated);
    }

    private static int[] CountSet(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, FixedBitSet?[]? set, int length)
    {
        var counts = new int[length];
        foreach (var leaf in leaves)
        {
            var segment = searcher.Segments[leaf.Ord];
            var bits = set?[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            var inside = bits?.Cardinality ?? leaf.AtomicReader.NumDocs;
            if (inside == 0)
            {
                continue;
            }

            if (inside * 2 > segment.MaxDoc)
            {
                // Totals of the segment minus the rows of every document outside the set (deleted ones included).
                var all = segment.AllCounts(length);
                for (var number = 0; number < all.Length && number < length; number++)
                {
                    counts[number] += all[number];
                }

                CountOutside(segment, bits, live, counts);
            }
            else if (bits is null)
            {
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        Count(segment, doc, counts, 1);
                    }
                }
            }
            else
            {
                var words = bits.GetBits();
                for (var w = 0; w < words.Length; w++)
                {
                    for (var word = words[w]; word != 0; word &= word - 1)
                    {
                        Count(segment, (w << 6) + BitOperations.TrailingZeroCount(word), counts, 1);
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>Subtracts the rows of the segment's documents outside the set (null: its deleted documents).</summary>
    private static void CountOutside(SegmentData segment, FixedBitSet? bits, IBits? live, int[] counts)
    {
        if (bits is null)
        {
            for (var doc = 0; live is not null && doc < segment.MaxDoc; doc++)
            {
                if (!live.Get(doc))
                {
                    Count(segment, doc, counts, -1);
                }
            }

            return;
        }

        var words = bits.GetBits();
        for (var w = 0; w < words.Length; w++)
        {
            for (var word = ~words[w]; word != 0; word &= word - 1)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                if (doc >= segment.MaxDoc)
                {
                    break;
                }

                Count(segment, doc, counts, -1);
            }
        }
    }

    private static void Count(SegmentData segment, int doc, int[] counts, int step)
    {
        var values = segment.Values;
        var end = segment.Offsets[doc + 1];
        for (var i = segment.Offsets[doc]; i < end; i++)
        {
            counts[values[i]] += step;
        }
    }
}
