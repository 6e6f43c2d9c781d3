using System.Globalization;
using Catalogue.Core.Search.Facets;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Indexing;

/// <summary>Turns an <see cref="EntryIndexRecord"/> into the Lucene document the index holds for it.</summary>
public static class EntryDocumentBuilder
{
    private static readonly FieldType WordsType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    };

    static EntryDocumentBuilder() => WordsType.Freeze();

    public static Document Build(EntryIndexRecord entry)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, IdTerm(entry.Id), Field.Store.NO),
            new NumericDocValuesField(IndexFields.Id, entry.Id),
            new NumericDocValuesField(IndexFields.Published, (entry.PublishedAt ?? entry.UpdatedAt).Ticks),
            new NumericDocValuesField(IndexFields.Updated, entry.UpdatedAt.Ticks),
            new SortedDocValuesField(IndexFields.TitleSort, new BytesRef(TextFolding.SortKey(entry.Title))),
            new NumericDocValuesField(IndexFields.YearFrom, entry.Years?.From ?? 0),
            new NumericDocValuesField(IndexFields.YearTo, entry.Years?.To ?? 0),
        };

        var weighted = new (string Field, IEnumerable<string> Values)[]
        {
            ("title", [entry.Title]),
            ("terms", entry.Terms),
            ("summary", [entry.Summary]),
        };
        var all = weighted.SelectMany(t => t.Values).Concat(entry.Description is { Length: > 0 } description ? [description] : []).ToList();
        var language = SearchAnalyzers.LanguageOf(entry.Languages, entry.Title, entry.Summary, entry.Description);
        foreach (var (field, values) in weighted)
        {
            foreach (var value in values)
            {
                document.Add(new TextField(IndexFields.Text(field, language), value, Field.Store.NO));
            }
        }

        foreach (var value in all)
        {
            document.Add(new TextField(IndexFields.Text(IndexFields.All, language), value, Field.Store.NO));
            document.Add(new Field(IndexFields.Words, value, WordsType));
        }

        // Translations (issue 17): a query in any language finds the entry; each version is analysed in its own language.
        foreach (var translation in entry.Translations)
        {
            var translationLanguage = SearchAnalyzers.Stemmed.Contains(translation.Language) ? translation.Language : SearchAnalyzers.Neutral;
            document.Add(new TextField(IndexFields.Text("title", translationLanguage), translation.Title, Field.Store.NO));
            document.Add(new TextField(IndexFields.Text("summary", translationLanguage), translation.Summary, Field.Store.NO));
            foreach (var value in new[] { translation.Title, translation.Summary, translation.Description }.OfType<string>().Where(v => v.Length > 0))
            {
                document.Add(new TextField(IndexFields.Text(IndexFields.All, translationLanguage), value, Field.Store.NO));
                document.Add(new Field(IndexFields.Words, value, WordsType));
            }
        }

        foreach (var (field, value) in CardFields(entry, language))
        {
            document.Add(new StoredField(field, value));
        }

        foreach (var facet in FacetRegistry.All)
        {
            foreach (var value in facet.ValuesOf(entry).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(facet.Field, value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(facet.Field, new BytesRef(value)));
            }
        }

        return document;
    }

    public static string IdTerm(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Field, string Value)> CardFields(EntryIndexRecord entry, string language)
    {
        yield return (IndexFields.Card.Slug, entry.Slug);
        yield return (IndexFields.Card.Title, entry.Title);
        yield return (IndexFields.Card.Kind, entry.Kind.ToString());
        yield return (IndexFields.Card.Summary, entry.Summary);
        yield return (IndexFields.Card.Language, language);
        if (CatalogueSearchService.YearLabel(entry.PublicationDate, entry.StartYear, entry.EndYear) is { } year)
        {
            yield return (IndexFields.Card.Year, year);
        }

        var targets = FacetRegistry.Get(CatalogueQuery.Keys.SdgTarget);
        foreach (var target in entry.SdgTargets.OrderBy(targets.Rank))
        {
            yield return (IndexFields.Card.Targets, target);
        }

        foreach (var country in entry.Countries.Order(StringComparer.Ordinal))
        {
            yield return (IndexFields.Card.Countries, country);
        }
    }
}
