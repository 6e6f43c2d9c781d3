using System.Globalization;
using System.Numerics;
using Catalogue.Core.Search.Facets;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Engine;

/// <summary>Two dimensions to count together: facet keys, or <see cref="CrossTab.Year"/> for the years an entry covers.</summary>
public sealed record CrossTabRequest(string RowKey, string ColumnKey);

/// <summary>
/// How many entries have each pair of values (an entry counts once in every pair of its values), how many have each
/// value, and how many were counted. Counted like a facet: over the search with every selection applied but those of
/// the two dimensions' groups, so a cell's count is the total of the catalogue narrowed to that row and column.
/// </summary>
public sealed record CrossTab(string RowKey, string ColumnKey, IReadOnlyDictionary<(string Row, string Column), int> Cells,
    IReadOnlyDictionary<string, int> RowTotals, IReadOnlyDictionary<string, int> ColumnTotals, int Total)
{
    /// <summary>The dimension of years: publication year, or every year a programme ran (as the year range filters).</summary>
    public const string Year = "year";

    public int this[string row, string column] => Cells.GetValueOrDefault((row, column));
}

/// <summary>
/// Cross-tabulation over the segment arrays, beside <see cref="FacetCounting"/>: the text is matched once, and each
/// table is one pass over its documents reading the two facets' slices of each row (or the year arrays), never a
/// search per cell.
/// </summary>
public static class CrossTabCounting
{
    private static readonly int FacetCount = FacetRegistry.All.Count;

    public static IReadOnlyList<CrossTab> Count(CatalogueSearcher searcher, CatalogueQuery query, IReadOnlyList<CrossTabRequest> requests)
    {
        var leaves = searcher.IndexReader.Leaves;
        var filters = SearchFilters.Of(searcher, query);
        IReadOnlyList<FixedBitSet?>? matches = null;
        if (query.HasText)
        {
            var collector = new MatchCollector(null, null, recordMatches: true);
            if (new TextQueryBuilder(searcher).Build(SearchTextParser.Parse(query.Text!)) is { } text)
            {
                searcher.Search(text.Match, collector);
            }

            matches = leaves.Select(l => collector.Matches.GetValueOrDefault(l.Ord) ?? new FixedBitSet(l.AtomicReader.MaxDoc)).ToArray();
        }

        return requests.Select(request =>
        {
            var left = new[] { GroupOf(request.RowKey), GroupOf(request.ColumnKey) };
            var set = SearchFilters.Intersect(leaves.Count, matches, filters.Where(f => !left.Contains(f.Key)).Select(f => f.Value));
            return CountOne(searcher, set, request);
        }).ToList();
    }

    private static string GroupOf(string key) => key == CrossTab.Year ? SearchFilters.YearGroup : FacetRegistry.Get(key).GroupKey;

    private static CrossTab CountOne(CatalogueSearcher searcher, FixedBitSet?[]? set, CrossTabRequest request)
    {
        var rowFacet = request.RowKey == CrossTab.Year ? -1 : FacetVocabulary.IndexOf(FacetRegistry.Get(request.RowKey));
        var columnFacet = request.ColumnKey == CrossTab.Year ? -1 : FacetVocabulary.IndexOf(FacetRegistry.Get(request.ColumnKey));
        var cells = new Dictionary<long, int>();
        var rowTotals = new Dictionary<int, int>();
        var columnTotals = new Dictionary<int, int>();
        var rows = new List<int>();
        var columns = new List<int>();
        var total = 0;
        var leaves = searcher.IndexReader.Leaves;
        foreach (var leaf in leaves)
        {
            var segment = searcher.Segments[leaf.Ord];
            var bits = set?[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            foreach (var doc in Documents(segment.MaxDoc, bits, live))
            {
                total++;
                Read(segment, doc, rowFacet, rows);
                Read(segment, doc, columnFacet, columns);
                foreach (var row in rows)
                {
                    rowTotals[row] = rowTotals.GetValueOrDefault(row) + 1;
                    foreach (var column in columns)
                    {
                        var pair = ((long)row << 32) | (uint)column;
                        cells[pair] = cells.GetValueOrDefault(pair) + 1;
                    }
                }

                foreach (var column in columns)
                {
                    columnTotals[column] = columnTotals.GetValueOrDefault(column) + 1;
                }
            }
        }

        string Name(int facet, int number) => facet < 0 ? number.ToString(CultureInfo.InvariantCulture) : searcher.Vocabulary.ValueOf(number);
        return new CrossTab(request.RowKey, request.ColumnKey,
            cells.ToDictionary(c => (Name(rowFacet, (int)(c.Key >> 32)), Name(columnFacet, (int)(uint)c.Key)), c => c.Value),
            rowTotals.ToDictionary(r => Name(rowFacet, r.Key), r => r.Value, StringComparer.Ordinal),
            columnTotals.ToDictionary(c => Name(columnFacet, c.Key), c => c.Value, StringComparer.Ordinal), total);
    }

    /// <summary>The documents of a set in one segment (null: every live document).</summary>
    private static IEnumerable<int> Documents(int maxDoc, FixedBitSet? bits, IBits? live)
    {
        if (bits is null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    yield return doc;
                }
            }

            yield break;
        }

        var words = bits.GetBits();
        for (var w = 0; w < words.Length; w++)
        {
            for (var word = words[w]; word != 0; word &= word - 1)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(word);
            }
        }
    }

    /// <summary>A document's values of one facet (vocabulary numbers), or the years it covers (facet -1).</summary>
    private static void Read(SegmentData segment, int doc, int facet, List<int> into)
    {
        into.Clear();
        if (facet < 0)
        {
            var first = segment.YearFrom[doc];
            for (var year = first; first != 0 && year <= segment.YearTo[doc]; year++)
            {
                into.Add(year);
            }

            return;
        }

        var start = segment.Offsets[doc];
        var row = doc * FacetCount;
        var from = start + (facet == 0 ? 0 : segment.Ends[row + facet - 1]);
        var to = start + segment.Ends[row + facet];
        for (var i = from; i < to; i++)
        {
            into.Add(segment.Values[i]);
        }
    }
}
