using Catalogue.Core.Entities;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Result cards read from the index's stored copies: what a page shows while PostgreSQL cannot be reached, so search
/// keeps answering through a database restart (the page says so). Never used while the database answers.
/// </summary>
public static class IndexedCards
{
    public static IReadOnlyList<SearchHit> Read(CatalogueSearcher searcher, IReadOnlyList<int> ids, IReadOnlyList<SearchClause>? text)
    {
        var hits = new List<SearchHit>(ids.Count);
        var snippetTerms = text is null ? null : SnippetHighlighter.For(text);
        foreach (var id in ids)
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, EntryDocumentBuilder.IdTerm(id))), 1);
            if (top.TotalHits == 0)
            {
                continue;
            }

            var card = searcher.Doc(top.ScoreDocs[0].Doc);
            var summary = card.Get(IndexFields.Card.Summary) ?? "";
            var language = card.Get(IndexFields.Card.Language) ?? SearchAnalyzers.Neutral;
            hits.Add(new SearchHit(id, card.Get(IndexFields.Card.Slug) ?? "", card.Get(IndexFields.Card.Title) ?? "",
                Enum.TryParse<EntryKind>(card.Get(IndexFields.Card.Kind), out var kind) ? kind : EntryKind.Publication, summary,
                snippetTerms?.Html(summary, language), card.Get(IndexFields.Card.Year), null,
                card.GetValues(IndexFields.Card.Targets), card.GetValues(IndexFields.Card.Countries)));
        }

        return hits;
    }
}
