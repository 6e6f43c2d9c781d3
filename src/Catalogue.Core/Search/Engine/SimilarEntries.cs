using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// The published entries most like one entry: each shared keyword counts two, each shared SDG 4 target one; newest
/// first on ties. The index holds published entries only, so nothing else can be suggested.
/// </summary>
public static class SimilarEntries
{
    public const float KeywordWeight = 2f;
    public const float TargetWeight = 1f;

    public static IReadOnlyList<int> Find(CatalogueSearcher searcher, int entryId, IEnumerable<string> targets, IEnumerable<string> keywords, int count)
    {
        var query = new BooleanQuery();
        AddAll(query, FacetRegistry.Get(CatalogueQuery.Keys.Keyword).Field, keywords, KeywordWeight);
        AddAll(query, FacetRegistry.Get(CatalogueQuery.Keys.SdgTarget).Field, targets, TargetWeight);
        if (query.Clauses.Count == 0 || count <= 0)
        {
            return [];
        }

        query.Add(new TermQuery(new Term(IndexFields.Id, EntryDocumentBuilder.IdTerm(entryId))), Occur.MUST_NOT);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true),
            new SortField(IndexFields.Id, SortFieldType.INT64, reverse: true));
        var top = searcher.Search(query, null, count, sort, doDocScores: false, doMaxScore: false);
        var leaves = searcher.IndexReader.Leaves;
        return top.ScoreDocs.Select(hit =>
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            return (int)leaf.AtomicReader.GetNumericDocValues(IndexFields.Id).Get(hit.Doc - leaf.DocBase);
        }).ToList();
    }

    private static void AddAll(BooleanQuery query, string field, IEnumerable<string> values, float weight)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            // Constant scores: a shared value counts its weight, however rare or common the value is.
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = weight }, Occur.SHOULD);
        }
    }
}
