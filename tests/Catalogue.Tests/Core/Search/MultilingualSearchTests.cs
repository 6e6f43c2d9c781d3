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

    [Theory]
    [InlineData("refugees zzqxw", new int[0])]
    [InlineData("\"schools welcoming zzqxw\"", new int[0])]
    [InlineData("refugees -zzqxw", new[] { 6 })]
    [InlineData("zzqxw OR teachers", new[] { 6 })]
    public void Search_WordNoEntryHolds_CountsAsAWordThatMatchesNothing(string text, int[] expected)
    {
        Assert.Equal(expected, Search(text).Order());
    }

    [Fact]
    public void Search_WordsInSeveralSegments_FindsEachSegmentsEntries()
    {
        using var index = IndexHandle.Open(new RAMDirectory(), null, create: true);
        TestIndexEntries.Add(index, 11, "en", "Schools for refugee children", "First segment.");
        index.Searchers.MaybeRefreshBlocking();
        TestIndexEntries.Add(index, 12, "en", "Teachers of refugee children", "Second segment.");
        TestIndexEntries.Add(index, 13, "fr", "Enseignants et élèves réfugiés", "Deuxième segment.");
        index.Searchers.MaybeRefreshBlocking();

        List<int> Found(string text) => index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            return SearchEngine.Search(searcher, new EngineRequest(new CatalogueQuery { Text = text }, Take: 10, CountKeys: [])).EntryIds.Order().ToList();
        });

        Assert.Equal([11, 12], Found("refugee children"));
        Assert.Equal([12], Found("teachers"));
        Assert.Equal([13], Found("eleves"));
    }

    [Fact]
    public void Search_TextNoEntryHolds_CountsEveryFacetAskedWithNoValue()
    {
        IReadOnlyList<int>? window = null;
        var request = new EngineRequest(new CatalogueQuery { Text = "zzqxw" }, YearCounts: true) { OnWindow = ids => window = ids };

        var all = _index.Search(searcher => SearchEngine.Search(searcher, request));
        var kindOnly = _index.Search(searcher => SearchEngine.Search(searcher, request with { CountKeys = [CatalogueQuery.Keys.Kind] }));

        Assert.Equal(0, all.Total);
        Assert.Empty(all.EntryIds);
        Assert.Equal(Catalogue.Core.Search.Facets.FacetRegistry.All.Select(f => f.Key).Order(), all.Counts.Keys.Order());
        Assert.All(all.Counts.Values, Assert.Empty);
        Assert.Equal([CatalogueQuery.Keys.Kind], kindOnly.Counts.Keys);
        Assert.Equal(0, all.Years!.Undated);
        Assert.NotNull(window);
        Assert.Empty(window);
    }

    [Fact]
    public void Snippet_TermsSharedByThePage_MarkEachTextAsItsOwnCallWould()
    {
        var clauses = SearchTextParser.Parse("eleves refugee sch");
        var texts = new (string Text, string Language)[]
        {
            ("Un enseignant aide chaque élève réfugié à l'école.", "fr"), ("Schools welcome refugees and their children.", "en"),
            ("Schulen für geflüchtete Kinder, refugee support.", "de"), ("No match at all here.", "en"),
        };
        var expected = texts.Select(t => SnippetHighlighter.Html(clauses, t.Text, t.Language)).ToArray();
        var shared = SnippetHighlighter.For(clauses);

        var snippets = new string?[texts.Length * 50];
        Parallel.For(0, snippets.Length, i => snippets[i] = shared.Html(texts[i % texts.Length].Text, texts[i % texts.Length].Language));

        Assert.Equal("Schools welcome <mark>refugees</mark> and their children.".Replace("Schools", "<mark>Schools</mark>", StringComparison.Ordinal), expected[1]);
        Assert.Null(expected[3]);
        Assert.Equal(Enumerable.Range(0, snippets.Length).Select(i => expected[i % texts.Length]), snippets);
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

    private void Add(int id, string language, string title, string summary) => TestIndexEntries.Add(_index, id, language, title, summary);

    public void Dispose() => _index.Dispose();
}
