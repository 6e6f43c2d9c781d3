using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// One pass over the text matches: records every match of each segment (for the facets counted without some
/// selection) and hands the matches inside the full filter to the collector that keeps the best-ranked ones.
/// </summary>
/// <param name="stopAfter">Stop matching once more than this many matches are inside the filter.</param>
internal sealed class MatchCollector(IReadOnlyList<FixedBitSet?>? filter, ICollector? ranked, bool recordMatches, int stopAfter = int.MaxValue) : ICollector
{
    private FixedBitSet? matches;
    private FixedBitSet? inFilter;
    private AtomicReaderContext? segment;

    /// <summary>Each segment's matches, by leaf ordinal; a segment without matches has no entry.</summary>
    public Dictionary<int, FixedBitSet> Matches { get; } = [];

    /// <summary>How many matches were inside the filter: the search's total.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => ranked?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => ranked?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        if (Total > stopAfter)
        {
            throw new CollectionTerminatedException();
        }

        // A segment's set is made at its first match: most segments of a rare word's search have none.
        matches = null;
        segment = context;
        inFilter = filter?[context.Ord];
        ranked?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (recordMatches)
        {
            matches ??= Matches[segment!.Ord] = new FixedBitSet(segment.AtomicReader.MaxDoc);
            matches.Set(doc);
        }

        if (inFilter is null || inFilter.Get(doc))
        {
            Total++;
            ranked?.Collect(doc);
            if (Total > stopAfter)
            {
                throw new CollectionTerminatedException();
            }
        }
    }
}
