using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Store;

namespace Catalogue.Tests.Core.Search;

/// <summary>Each entry is analysed in its own language; a query in any form of a word finds it (no database needed).</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class MultilingualSearchTests : IDisposable
{
    private readonly IndexHandle _index = IndexHandle.Open(new RAMDirectory(), null, create: true);

    public MultilingualSearchTests()
    {
        Add(1, "fr", "Soutien scolaire pour chaque élève nouvellement arrivé", "Un enseignant accompagne les familles.");
        Add(2, "es", "Escuelas abiertas para cada niño venezolano", "Programa de educación en Colombia.");
        Add(3, "ar", "تعليم الأطفال اللاجئين في الأردن", "برنامج المدارس للاجئين السوريين");
        Add(4, "de", "Schulen für geflüchtete Kinder", "Lehrkräfte unterstützen Schülerinnen und Schüler.");
        Add(5, "pt", "Educação de crianças migrantes", "Escolas acolhem refugiados no Brasil.");
        Add(6, "en", "Teachers' guide for schools welcoming refugees", "Inclusive classrooms for children.");
        Add(7, "tr", "Göçmen çocuklar için okul", "Türkiye'de eğitim programı.");
        _index.Searchers.MaybeRefreshBlocking();
    }

    [Theory]
    [InlineData("élèves", 1)]
    [InlineData("eleves", 1)]
    [InlineData("élève", 1)]
    [InlineData("enseignants", 1)]
    [InlineData("niños", 2)]
    [InlineData("nino", 2)]
    [InlineData("educacion", 2)]
    [InlineData("لاجئين", 3)]
    [InlineData("الاطفال", 3)]
    [InlineData("الأطفال", 3)]
    [InlineData("الـأطفال", 3)]
    [InlineData("الْأَطْفَال", 3)]
    [InlineData("schule", 4)]
    [InlineData("Schüler", 4)]
    [InlineData("criança", 5)]
    [InlineData("educacao", 5)]
    [InlineData("teacher", 6)]
    [InlineData("school ", 6)]
    [InlineData("okul", 7)]
    [InlineData("cocuklar", 7)]
    public void Search_WordInAnyForm_FindsTheEntryInItsLanguage(string text, int expected)
    {
        var found = Search(text);

        Assert.Contains(expected, found);
    }

    [Fact]
    public void Search_QueryAnalysedInEveryLanguage_FindsEntriesOfSeveralLanguages()
    {
        Assert.Equal([2, 5], Search("refugiados OR escuelas").Order());
    }

    [Fact]
    public void Snippet_EntryLanguage_MarksStemmedAndFoldedForms()
    {
        var clauses = SearchTextParser.Parse("eleves enseignants ");

        var html = SnippetHighlighter.Html(clauses, "Un enseignant aide chaque élève <b>nouveau</b>.", "fr");

        Assert.Equal("Un <mark>enseignant</mark> aide chaque <mark>élève</mark> &lt;b&gt;nouveau&lt;/b&gt;.", html);
    }

    [Fact]
    public void Snippet_LongText_CutsBetweenWordsAroundTheMatches()
    {
        var words = string.Join(' ', Enumerable.Range(1, 120).Select(i => i == 60 ? "refugees" : "word" + i));

        var html = SnippetHighlighter.Html(SearchTextParser.Parse("refugee "), words, "en")!;

        Assert.StartsWith("… word56 ", html);
        Assert.Contains("<mark>refugees</mark>", html);
        Assert.EndsWith(" …", html);
        Assert.DoesNotContain("word12 ", html);
    }

    private List<int> Search(string text) => _index.Search(searcher =>
        SearchEngine.Search(searcher, new EngineRequest(new CatalogueQuery { Text = text }, Take: 10, CountKeys: [])).EntryIds.ToList());

    private void Add(int id, string language, string title, string summary) =>
        _index.Writer.AddDocument(EntryDocumentBuilder.Build(new EntryIndexRecord
        {
            Id = id, Kind = EntryKind.Programme, Status = EntryStatus.Published, Title = title, Summary = summary,
            UpdatedAt = new DateTime(2026, 1, id, 0, 0, 0, DateTimeKind.Utc), Languages = [language],
        }));

    public void Dispose() => _index.Dispose();
}
