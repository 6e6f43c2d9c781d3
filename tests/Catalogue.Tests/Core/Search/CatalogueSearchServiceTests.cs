using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Indexing;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Core.Search;

[Trait("Category", TestCategory.Database)]
public sealed class CatalogueSearchServiceTests(CatalogueSearchServiceTests.Data fixture) : IClassFixture<CatalogueSearchServiceTests.Data>
{
    private CatalogueSearchService Search => fixture.Index.Search;

    [Fact]
    public async Task SearchAsync_NoQuery_CountsOnlyPublishedEntries()
    {
        var results = await Search.SearchAsync(new CatalogueQuery());

        Assert.Equal(SearchSampleCatalogue.PublishedCount, results.Total);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, results.Hits.Count);
        Assert.DoesNotContain(results.Hits, h => h.Title.Contains("draft", StringComparison.OrdinalIgnoreCase) || h.Title.Contains("review") || h.Title.Contains("Archived"));
        var sdg = results.Facets.Single(f => f.Key == CatalogueQuery.Keys.SdgTarget);
        Assert.Equal(9, sdg.Values.Single(v => v.Value == "4.1").Count);
    }

    [Fact]
    public async Task SearchAsync_CountsOnly_ReturnsTotalAndFacetsWithoutAPage()
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Text = "school" }, new SearchOptions(Hits: false));

        Assert.Empty(results.Hits);
        Assert.True(results.Total > 0);
        Assert.NotEmpty(results.Facets);
    }

    [Theory]
    [InlineData("schools", "Guide to inclusive schools for newly arrived pupils")]
    [InlineData("school", "Open Doors School Strategy in Colombia")]
    [InlineData("vocat", "Vocational training for returning migrants in Ethiopia")]
    [InlineData("education enfants", "Éducation des enfants migrants au Sénégal")]
    [InlineData("\"open doors\"", "Open Doors School Strategy in Colombia")]
    public async Task SearchAsync_Text_StemsPrefixesUnaccentsAndQuotes(string text, string expectedTitle)
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Text = text }, SearchOptions.ResultsOnly);

        Assert.Contains(results.Hits, h => h.Title == expectedTitle);
    }

    [Fact]
    public async Task SearchAsync_OrAndExclude_FollowWebSearchSyntax()
    {
        var or = await Search.SearchAsync(new CatalogueQuery { Text = "Indonesia or Morocco" }, SearchOptions.ResultsOnly);
        var excluded = await Search.SearchAsync(new CatalogueQuery { Text = "refugee -Jordan" }, SearchOptions.ResultsOnly);

        Assert.Equal(2, or.Total);
        Assert.DoesNotContain(excluded.Hits, h => h.Title.Contains("Jordan"));
        Assert.NotEmpty(excluded.Hits);
    }

    [Fact]
    public async Task SearchAsync_Text_RanksTitleMatchFirstAndHighlightsSafely()
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Text = "scholarships" }, SearchOptions.ResultsOnly);

        var first = results.Hits[0];
        Assert.Equal("Scholarships for refugee students in higher education", first.Title);
        Assert.Contains("<mark>scholarships</mark>", first.SnippetHtml);
        Assert.DoesNotContain("draft", string.Join(" ", results.Hits.Select(h => h.Title)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("scholarshps", "scholarships")]
    [InlineData("scholrshps", "scholarships")]
    [InlineData("vocasional", "vocational")]
    [InlineData("childern", "children")]
    [InlineData("migrnt childern", "migrant children")]
    public async Task SearchAsync_Misspelt_SuggestsVocabularyWord(string typed, string expected)
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Text = typed });

        Assert.Equal(0, results.Total);
        Assert.Equal(expected, results.DidYouMean);
    }

    [Fact]
    public async Task SearchAsync_FacetSelection_CountsOtherValuesOfSameFacetDisjunctively()
    {
        var results = await Search.SearchAsync(new CatalogueQuery().With(CatalogueQuery.Keys.SdgTarget, "4.6").With(CatalogueQuery.Keys.Kind, "programme"));

        Assert.Equal(2, results.Total);
        var sdg = results.Facets.Single(f => f.Key == CatalogueQuery.Keys.SdgTarget);
        Assert.True(sdg.Values.Single(v => v.Value == "4.6").Selected);
        Assert.Equal(4, sdg.Values.Single(v => v.Value == "4.1").Count);
        var kind = results.Facets.Single(f => f.Key == CatalogueQuery.Keys.Kind);
        Assert.Equal(1, kind.Values.Single(v => v.Value == "publication").Count);
        Assert.Equal(2, kind.Values.Single(v => v.Value == "programme").Count);
    }

    [Fact]
    public async Task SearchAsync_AnyFacetValueSelected_TotalEqualsTheCountShownForIt()
    {
        var all = await Search.SearchAsync(new CatalogueQuery());
        var checkedFacets = 0;
        foreach (var facet in all.Facets)
        {
            var values = facet.AllValues().Take(6).ToList();
            foreach (var value in values)
            {
                var selected = await Search.SearchAsync(CatalogueUrl.Toggle(new CatalogueQuery(), value.Key, value.Value), SearchOptions.ResultsOnly);
                Assert.True(value.Count == selected.Total, $"{value.Key}={value.Value}: facet shows {value.Count}, selecting it finds {selected.Total}");
            }

            checkedFacets += values.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedFacets >= 12, $"only {checkedFacets} facets had values");
    }

    [Fact]
    public async Task SearchAsync_OnlyCountedFacetHasASelection_CountsItAndTheTotal()
    {
        var results = await Search.SearchAsync(new CatalogueQuery().With(CatalogueQuery.Keys.SdgTarget, "4.1"), new SearchOptions(FacetKeys: [CatalogueQuery.Keys.SdgTarget]));

        Assert.Equal(9, results.Total);
        var sdg = Assert.Single(results.Facets);
        Assert.Equal(9, sdg.Values.Single(v => v.Value == "4.1").Count);
        Assert.True(sdg.Values.Count > 1);
    }

    [Fact]
    public async Task SearchAsync_SelectedValueWithNoMatches_StaysVisibleWithZero()
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Text = "Colombia" }.With(CatalogueQuery.Keys.Tag, "Trade Unions"));

        var tag = results.Facets.Single(f => f.Key == CatalogueQuery.Keys.Tag);
        Assert.Contains(tag.Values, v => v.Value == "Trade Unions" && v.Selected && v.Count == 0);
    }

    [Fact]
    public async Task SearchAsync_RegionFacet_CountsRegionsAndCountries()
    {
        var results = await Search.SearchAsync(new CatalogueQuery());

        var geography = results.Facets.Single(f => f.Key == CatalogueQuery.Keys.Region);
        var asia = geography.Values.Single(v => v.Value == "142");
        Assert.Equal(3, asia.Count);
        Assert.Equal(["ID", "JO", "TR"], new Facet("asia", "", [asia], 1).AllValues().Where(v => v.Key == CatalogueQuery.Keys.Country).Select(c => c.Value).Order().ToArray());
        Assert.Equal(["South-eastern Asia", "Western Asia"], asia.Children!.Select(c => c.Label).Order().ToArray());
        Assert.Equal(4, geography.Values.Single(v => v.Value == "150").Count);

        var filtered = await Search.SearchAsync(new CatalogueQuery().With(CatalogueQuery.Keys.Region, "142"), SearchOptions.ResultsOnly);
        Assert.Equal(3, filtered.Total);
    }

    [Fact]
    public async Task SearchAsync_PagePastTheEnd_ShowsLastPage()
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Page = 9999 }, SearchOptions.ResultsOnly);

        Assert.Equal(1, results.Page);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, results.Hits.Count);
    }

    [Fact]
    public async Task SearchAsync_SortByTitle_OrdersAlphabetically()
    {
        var results = await Search.SearchAsync(new CatalogueQuery { Sort = CatalogueSort.Title }, SearchOptions.ResultsOnly);

        Assert.Equal(results.Hits.Select(h => h.Title).OrderBy(TextFolding.SortKey, StringComparer.Ordinal), results.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task SearchAsync_YearRange_UsesPublicationYearOrProgrammeSpan()
    {
        var results = await Search.SearchAsync(new CatalogueQuery { YearFrom = 2021, YearTo = 2022 }, SearchOptions.ResultsOnly);

        Assert.Equal(["Guide to inclusive schools for newly arrived pupils", "Scholarships for refugee students in higher education",
            "Teacher training for multilingual classrooms", "Vocational training for returning migrants in Ethiopia"], results.Hits.Select(h => h.Title).Order().ToArray());
    }

    public sealed class Data : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new() { Seed = SearchSampleCatalogue.SeedAsync };

        public TestSearchIndex Index { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            Index = await TestSearchIndex.StartAsync(Database);
        }

        public Task DisposeAsync()
        {
            Index.Dispose();
            return Database.DisposeAsync();
        }
    }
}
