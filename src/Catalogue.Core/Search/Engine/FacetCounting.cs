using System.Numerics;
using Catalogue.Core.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Exact facet counts over the segment arrays. Each distinct set of documents is counted once: for every facet at once
/// (whole rows) when it serves most facets, or only its facets' slices of each row when it serves a selected group
/// alone. Distinct sets are counted in parallel. A set holding more than half of a segment is counted as the segment's
/// totals minus the documents outside it, so "everything" costs as little as "almost nothing".
/// </summary>
internal static class FacetCounting
{
    private static readonly int FacetCount = FacetRegistry.All.Count;

    /// <param name="setFor">The documents a facet group is counted over (null per segment: every live document; null: all).</param>
    public static Dictionary<string, Dictionary<string, int>> Count(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves,
        IReadOnlyCollection<string>? keys, Func<string, FixedBitSet?[]?> setFor)
    {
        var wanted = Wanted(keys);
        // Facets counted over the same set share one count array.
        var sets = wanted.GroupBy(f => setFor(f.Facet.GroupKey), f => f.Index, ReferenceEqualityComparer.Instance)
            .Select(g => (Set: (FixedBitSet?[]?)g.Key, Facets: g.ToArray())).ToList();
        var length = searcher.Vocabulary.Count;
        var counts = new int[sets.Count][];
        Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = sets.Count > 1 ? Environment.ProcessorCount : 1 }, i =>
            counts[i] = CountSet(searcher, leaves, sets[i].Set, length, sets[i].Facets.Length * 2 > FacetCount ? null : sets[i].Facets));

        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var facet in sets[i].Facets)
            {
                result[FacetRegistry.All[facet].Key] = searcher.Vocabulary.CountsOf(facet, counts[i]);
            }
        }

        return result;
    }

    /// <summary>The counts of a search that matched nothing: every facet asked for, without a value.</summary>
    public static Dictionary<string, Dictionary<string, int>> None(IReadOnlyCollection<string>? keys) =>
        Wanted(keys).ToDictionary(f => f.Facet.Key, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private static List<(FacetDefinition Facet, int Index)> Wanted(IReadOnlyCollection<string>? keys) =>
        FacetRegistry.All.Select((facet, index) => (Facet: facet, Index: index)).Where(f => keys is null || keys.Contains(f.Facet.Key)).ToList();

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

    /// <param name="facets">The facets whose slices to count, or null for whole rows.</param>
    private static int[] CountSet(CatalogueSearcher searcher, IList<AtomicReaderContext> leaves, FixedBitSet?[]? set, int length, int[]? facets)
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

                CountOutside(segment, bits, live, counts, facets);
            }
            else if (bits is null)
            {
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        Count(segment, doc, counts, 1, facets);
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
                        Count(segment, (w << 6) + BitOperations.TrailingZeroCount(word), counts, 1, facets);
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>Subtracts the rows of the segment's documents outside the set (null: its deleted documents).</summary>
    private static void CountOutside(SegmentData segment, FixedBitSet? bits, IBits? live, int[] counts, int[]? facets)
    {
        if (bits is null)
        {
            for (var doc = 0; live is not null && doc < segment.MaxDoc; doc++)
            {
                if (!live.Get(doc))
                {
                    Count(segment, doc, counts, -1, facets);
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

                Count(segment, doc, counts, -1, facets);
            }
        }
    }

    private static void Count(SegmentData segment, int doc, int[] counts, int step, int[]? facets)
    {
        var values = segment.Values;
        var start = segment.Offsets[doc];
        if (facets is null)
        {
            var end = segment.Offsets[doc + 1];
            for (var i = start; i < end; i++)
            {
                counts[values[i]] += step;
            }

            return;
        }

        var ends = segment.Ends;
        var row = doc * FacetCount;
        foreach (var facet in facets)
        {
            var from = start + (facet == 0 ? 0 : ends[row + facet - 1]);
            var to = start + ends[row + facet];
            for (var i = from; i < to; i++)
            {
                counts[values[i]] += step;
            }
        }
    }
}
