using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// The per-document arrays of one index segment: entry id, years, and every facet value as a vocabulary number in
/// one compact row per document (offsets into one value array). Built once when a segment appears — a refresh after
/// one edit builds arrays for its one-document segment only — and dropped with the segment. Deleted documents keep
/// their rows; searches never reach them, and complement counting subtracts them like any other document outside a set.
/// </summary>
public sealed class SegmentData
{
    private readonly Lock gate = new();
    private int[]? allCounts;

    private SegmentData(int maxDoc, int[] entryIds, short[] yearFrom, short[] yearTo, int[] offsets, int[] values, ushort[] ends, long[] published, long[] updated)
    {
        Ends = ends;
        MaxDoc = maxDoc;
        EntryIds = entryIds;
        YearFrom = yearFrom;
        YearTo = yearTo;
        Offsets = offsets;
        Values = values;
        Published = published;
        Updated = updated;
        NewestFirst = Order(published, entryIds);
        UpdatedFirst = Order(updated, entryIds);
    }

    /// <summary>First publication (ticks) of each document, and the documents newest first (then by entry id, descending).</summary>
    public long[] Published { get; }

    public int[] NewestFirst { get; }

    /// <summary>Last update (ticks) of each document, and the documents most recently updated first.</summary>
    public long[] Updated { get; }

    public int[] UpdatedFirst { get; }

    public int MaxDoc { get; }

    public int[] EntryIds { get; }

    /// <summary>First and last year of each document (0 when undated).</summary>
    public short[] YearFrom { get; }

    public short[] YearTo { get; }

    /// <summary>Document d's facet values are <c>Values[Offsets[d] .. Offsets[d + 1]]</c>, facet by facet in registry order.</summary>
    public int[] Offsets { get; }

    /// <summary>
    /// Where each facet's values end within a document's row (relative to its start): facet f of document d is
    /// <c>Values[Offsets[d] + (f == 0 ? 0 : Ends[d * F + f - 1]) .. Offsets[d] + Ends[d * F + f]]</c>, F facets in all.
    /// A facet counted over a set of its own reads only its slice of each row.
    /// </summary>
    public ushort[] Ends { get; }

    public int[] Values { get; }

    /// <summary>Bytes held by the arrays (for the benchmark's memory table).</summary>
    public long Bytes => (EntryIds.Length * 4L) + (YearFrom.Length * 4L) + (Offsets.Length * 4L) + (Values.Length * 4L) + (Ends.Length * 2L) +
        (Published.Length * 24L);

    /// <summary>The counts of every vocabulary number over all documents of the segment, computed on first use.</summary>
    public int[] AllCounts(int length)
    {
        lock (gate)
        {
            if (allCounts is null || allCounts.Length < length)
            {
                var counts = new int[length];
                foreach (var value in Values)
                {
                    counts[value]++;
                }

                allCounts = counts;
            }

            return allCounts;
        }
    }

    public static SegmentData Build(AtomicReader reader, FacetVocabulary vocabulary)
    {
        var maxDoc = reader.MaxDoc;
        var columns = FacetRegistry.All.Select((facet, index) => Column(reader, facet, index, vocabulary)).ToArray();
        var offsets = new int[maxDoc + 1];
        var values = new List<int>(maxDoc * 8);
        var ends = new ushort[maxDoc * columns.Length];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            for (var facet = 0; facet < columns.Length; facet++)
            {
                var (docValues, numbers) = columns[facet];
                if (docValues is not null)
                {
                    docValues.SetDocument(doc);
                    for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
                    {
                        values.Add(numbers[ord]);
                    }
                }

                ends[(doc * columns.Length) + facet] = checked((ushort)(values.Count - offsets[doc]));
            }

            offsets[doc + 1] = values.Count;
        }

        return new SegmentData(maxDoc, Numbers(reader, IndexFields.Id, maxDoc, v => (int)v),
            Numbers(reader, IndexFields.YearFrom, maxDoc, v => (short)v), Numbers(reader, IndexFields.YearTo, maxDoc, v => (short)v),
            offsets, values.ToArray(), ends, Numbers(reader, IndexFields.Published, maxDoc, v => v), Numbers(reader, IndexFields.Updated, maxDoc, v => v));
    }

    /// <summary>The documents by <paramref name="keys"/> descending, then by entry id descending (the searches' tie-break).</summary>
    private static int[] Order(long[] keys, int[] entryIds)
    {
        var order = new int[keys.Length];
        for (var doc = 0; doc < order.Length; doc++)
        {
            order[doc] = doc;
        }

        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[b].CompareTo(keys[a]) : entryIds[b].CompareTo(entryIds[a]));
        return order;
    }

    private static (SortedSetDocValues? Values, int[] Numbers) Column(AtomicReader reader, FacetDefinition facet, int index, FacetVocabulary vocabulary)
    {
        var docValues = reader.GetSortedSetDocValues(facet.Field);
        if (docValues is null)
        {
            return (null, []);
        }

        var numbers = new int[docValues.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < numbers.Length; ord++)
        {
            docValues.LookupOrd(ord, scratch);
            numbers[ord] = vocabulary.Number(index, scratch.Utf8ToString());
        }

        return (docValues, numbers);
    }

    private static T[] Numbers<T>(AtomicReader reader, string field, int maxDoc, Func<long, T> convert)
    {
        var result = new T[maxDoc];
        var docValues = reader.GetNumericDocValues(field);
        if (docValues is not null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                result[doc] = convert(docValues.Get(doc));
            }
        }

        return result;
    }
}
