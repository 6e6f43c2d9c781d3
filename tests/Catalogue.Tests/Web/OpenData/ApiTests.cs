using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Catalogue.Tests.Web.OpenData;

[Trait("Category", TestCategory.Database)]
public sealed class ApiTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    [Fact]
    public async Task ListEntries_NoFilter_ReturnsOnlyPublishedNewestFirst()
    {
        using var json = await GetJsonAsync("/api/v1/entries");

        var slugs = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        // Newest by first publication; the research entry has no publication time, so its last update (2 Jan) counts.
        Assert.Equal(["turkey-transport", "inclusion-webinar", "special-characters", "venezuelan-pupils", "language-research"], slugs);
        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ListEntries_SdgAndKindFilters_FilterAndCountFacetsDisjunctively()
    {
        using var json = await GetJsonAsync("/api/v1/entries?sdg=4.1&kind=programme");

        var root = json.RootElement;
        Assert.Equal(["turkey-transport"], root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        var facets = root.GetProperty("facets");
        // kind counted without the kind selection (sdg=4.1 applies): the publication and the programme.
        Assert.Equal(new Dictionary<string, int> { ["programme"] = 1, ["publication"] = 1 }, Counts(facets.GetProperty("kind")));
        // sdg counted without the sdg selection (kind=programme applies); drafts and archived entries never count.
        Assert.Equal(new Dictionary<string, int> { ["4.1"] = 1 }, Counts(facets.GetProperty("sdg")));
        Assert.Equal(new Dictionary<string, int> { ["15"] = 1 }, Counts(facets.GetProperty("gcm")));
        Assert.Equal(new Dictionary<string, int> { ["TR"] = 1 }, Counts(facets.GetProperty("country")));
        Assert.True(facets.TryGetProperty("lang", out _));
        Assert.True(facets.TryGetProperty("kw", out _));
    }

    [Fact]
    public async Task ListEntries_PageSize_PagesWithLinks()
    {
        using var first = await GetJsonAsync("/api/v1/entries?pageSize=2");
        using var third = await GetJsonAsync("/api/v1/entries?pageSize=2&page=3");

        Assert.Equal(3, first.RootElement.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, first.RootElement.GetProperty("items").GetArrayLength());
        Assert.EndsWith("/api/v1/entries?page=2&pageSize=2", first.RootElement.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(["language-research"], third.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(JsonValueKind.Null, third.RootElement.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task GetEntry_Published_ReturnsStableCamelCaseDocument()
    {
        using var json = await GetJsonAsync("/api/v1/entries/venezuelan-pupils");

        var entry = json.RootElement;
        Assert.Equal("publication", entry.GetProperty("kind").GetString());
        Assert.Equal("2025-06", entry.GetProperty("publicationDate").GetString());
        Assert.Equal(["4.1", "4.5"], entry.GetProperty("sdgTargets").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.Equal("15", entry.GetProperty("gcmObjectives")[0].GetProperty("code").GetString());
        Assert.Equal("author", entry.GetProperty("organisations")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task GetEntry_Published_ReturnsEveryStoredFieldAndLinksToPublishedEntriesOnly()
    {
        using var transport = await GetJsonAsync("/api/v1/entries/turkey-transport");
        using var pupils = await GetJsonAsync("/api/v1/entries/venezuelan-pupils");

        var entry = transport.RootElement;
        Assert.Equal("Buses run only where the municipality shares the route.", entry.GetProperty("lessonsLearned").GetString());
        Assert.True(entry.GetProperty("workstreamOutput").GetBoolean());
        Assert.True(entry.GetProperty("regionalReviewProcess").GetBoolean());
        Assert.Equal("https://example.org/evaluations/transport", entry.GetProperty("evaluationUrl").GetString());
        var link = Assert.Single(entry.GetProperty("links").EnumerateArray());
        Assert.Equal(("describedIn", "venezuelan-pupils", "section 5.1 (a)", "publication"),
            (link.GetProperty("relation").GetString(), link.GetProperty("slug").GetString(), link.GetProperty("note").GetString(), link.GetProperty("kind").GetString()));
        Assert.Equal([("launchedBy", "inclusion-webinar"), ("describes", "turkey-transport")],
            pupils.RootElement.GetProperty("links").EnumerateArray().Select(l => (l.GetProperty("relation").GetString(), l.GetProperty("slug").GetString())));
    }

    [Fact]
    public async Task OpenApiDocument_EntryDocumentSchema_DescribesEveryStoredField()
    {
        using var openApi = await GetJsonAsync("/openapi/v1.json");

        var schemas = openApi.RootElement.GetProperty("components").GetProperty("schemas");
        var properties = schemas.GetProperty("EntryDocument").GetProperty("properties");
        foreach (var name in new[] { "lessonsLearned", "workstreamOutput", "regionalReviewProcess", "evaluationUrl", "sourceUrl", "documentUrl", "links" })
        {
            Assert.True(properties.TryGetProperty(name, out _), name);
        }

        Assert.True(schemas.GetProperty("EntryLinkRef").GetProperty("properties").TryGetProperty("note", out _));
        var description = openApi.RootElement.GetProperty("paths").GetProperty("/api/v1/entries/{slug}").GetProperty("get").GetProperty("description").GetString();
        Assert.Contains("lessons learned", description);
    }

    [Theory]
    [InlineData("draft-plan")]
    [InlineData("review-study")]
    [InlineData("archived-guide")]
    [InlineData("no-such-entry")]
    public async Task GetEntry_NotPublished_Returns404ProblemJson(string slug)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync($"/api/v1/entries/{slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/entries?kind=novel", "kind")]
    [InlineData("/api/v1/entries?page=0", "page")]
    [InlineData("/api/v1/entries?page=abc", "page")]
    [InlineData("/api/v1/entries?pageSize=101", "pageSize")]
    [InlineData("/api/v1/entries?gcm=24", "gcm")]
    [InlineData("/api/v1/entries?from=twenty", "from")]
    [InlineData("/api/v1/entries?sort=random", "sort")]
    [InlineData("/api/v1/entries?from=2020&to=2010", "from")]
    [InlineData("/api/v1/entries?q=school%00", "q")]
    [InlineData("/api/v1/entries?kw=a%00b", "kw")]
    [InlineData("/api/v1/entries?org=%01", "org")]
    [InlineData("/api/v1/entries?sdg=4.1&%00=1", "query")]
    [InlineData("/feeds/catalogue.atom?q=a%00b", "q")]
    [InlineData("/citations/catalogue.ris?tag=a%00b", "tag")]
    [InlineData("/export/catalogue.csv?q=a%00b", "q")]
    public async Task ListEntries_BadInput_Returns400ProblemJsonNamingTheKey(string url, string key)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(key, out _));
        Assert.Contains(key, problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/entries?sdg=4.1")]
    [InlineData("/api/v1/entries/venezuelan-pupils")]
    [InlineData("/api/v1/taxonomies/sdg-targets")]
    public async Task Get_MatchingETag_Returns304(string url)
    {
        using var client = fixture.App.CreateClient();
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IfModifiedSinceLastModified_Returns304AndOlderDateReturns200()
    {
        using var client = fixture.App.CreateClient();
        var first = await client.GetAsync("/api/v1/entries/venezuelan-pupils");
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var same = new HttpRequestMessage(HttpMethod.Get, "/api/v1/entries/venezuelan-pupils");
        same.Headers.IfModifiedSince = lastModified;
        using var older = new HttpRequestMessage(HttpMethod.Get, "/api/v1/entries/venezuelan-pupils");
        older.Headers.IfModifiedSince = lastModified.AddDays(-1);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(same)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(older)).StatusCode);
    }

    [Fact]
    public async Task Taxonomies_CuratedList_ShowsOnlyValuesOfPublishedEntries()
    {
        using var keywords = await GetJsonAsync("/api/v1/taxonomies/keywords");
        using var organisations = await GetJsonAsync("/api/v1/taxonomies/organisations");
        using var targets = await GetJsonAsync("/api/v1/taxonomies/sdg-targets");

        Assert.Equal(new Dictionary<string, int> { ["Child and young migrants"] = 2 }, Counts(keywords.RootElement.GetProperty("terms"), "code"));
        // UNESCO is author and publisher of one entry: counted once per entry.
        Assert.Equal(3, Counts(organisations.RootElement.GetProperty("terms"), "code")["UNESCO"]);
        var sdgCounts = Counts(targets.RootElement.GetProperty("terms"), "code");
        Assert.Equal(10, sdgCounts.Count);
        Assert.Equal(2, sdgCounts["4.1"]);
        Assert.Equal(0, sdgCounts["4.2"]);
        Assert.Equal("sdg", targets.RootElement.GetProperty("filterKey").GetString());
    }

    [Fact]
    public async Task Taxonomies_EveryNamedTaxonomyAnswers_UnknownIs404()
    {
        using var client = fixture.App.CreateClient();
        using var index = await GetJsonAsync("/api/v1/taxonomies");

        foreach (var taxonomy in index.RootElement.GetProperty("taxonomies").EnumerateArray())
        {
            var response = await client.GetAsync(new Uri(taxonomy.GetProperty("href").GetString()!).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(13, index.RootElement.GetProperty("taxonomies").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/taxonomies/planets")).StatusCode);
    }

    [Fact]
    public async Task Api_CrossOriginGet_IsAllowed()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/entries");
        request.Headers.Add("Origin", "https://partner.example");

        var response = await client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task OpenApiDocument_Loads_AndListsEveryApiEndpoint()
    {
        using var openApi = await GetJsonAsync("/openapi/v1.json");

        var paths = openApi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/entries", "/api/v1/entries/{slug}", "/api/v1/taxonomies", "/api/v1/taxonomies/{name}" })
        {
            Assert.True(paths.GetProperty(path).TryGetProperty("get", out _), path);
        }

        Assert.Equal(4, paths.EnumerateObject().Count());
        var parameters = paths.GetProperty("/api/v1/entries").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        // Every facet of the registry is documented, in its order, between the text and the years.
        Assert.Equal(["q", .. Catalogue.Core.Search.Facets.FacetRegistry.All.Select(f => f.Key), "from", "to", "sort", "page", "pageSize"], parameters);
        Assert.True(openApi.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("EntryDocument", out _));
    }

    [Fact]
    public async Task ApiReferencePage_LoadsScalarWithoutInlineScript()
    {
        using var client = fixture.App.CreateClient();

        var page = await client.GetAsync("/api/docs");
        var html = await page.Content.ReadAsStringAsync();
        var scalar = await client.GetAsync("/api/docs/scalar.js");
        var start = await client.GetAsync("/api/docs/start.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<script type=\"module\">", html);
        Assert.Contains("script-src 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Contains("createApiReference", await start.Content.ReadAsStringAsync());
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SECRET", body);
        return JsonDocument.Parse(body);
    }

    private static Dictionary<string, int> Counts(JsonElement facet, string valueName = "value") =>
        facet.EnumerateArray().ToDictionary(v => v.GetProperty(valueName).GetString()!, v => v.GetProperty("count").GetInt32());
}
