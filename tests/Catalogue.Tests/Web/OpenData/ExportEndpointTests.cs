using System.Net;
using System.Text.Json;
using CsvHelper;

namespace Catalogue.Tests.Web.OpenData;

[Trait("Category", TestCategory.Database)]
public sealed class ExportEndpointTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    [Fact]
    public async Task Csv_WholeCatalogue_HasEveryPublishedEntryAndNoOtherStatus()
    {
        var response = await GetAsync("/export/catalogue.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("catalogue.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

        using var reader = CsvReader.FromText(await response.Content.ReadAsStringAsync());
        var rows = new List<(string Slug, string Status, string Title)>();
        while (reader.Read())
        {
            var header = reader.Headers!.ToList();
            rows.Add((reader.GetString(header.IndexOf("slug"))!, reader.GetString(header.IndexOf("status"))!, reader.GetString(header.IndexOf("title"))!));
        }

        Assert.Equal(OpenDataFixture.PublishedSlugs.Order(), rows.Select(r => r.Slug).Order());
        Assert.All(rows, r => Assert.Equal("Published", r.Status));
        Assert.DoesNotContain(rows, r => r.Title.Contains("SECRET"));
    }

    [Fact]
    public async Task Json_Search_ExportsOnlyTheMatchingEntries()
    {
        var response = await GetAsync("/export/catalogue.json?sdg=4.1&kind=publication");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var slugs = document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["venezuelan-pupils"], slugs);
    }

    [Fact]
    public async Task Export_UnknownKind_IsProblemDetailsNot500()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/export/catalogue.csv?kind=unicorn");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CataloguePage_Search_LinksDownloadsAndFeedWithItsFilters()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync("/catalogue?sdg=4.1&page=1");

        Assert.Contains("href=\"/export/catalogue.csv?sdg=4.1\"", html);
        Assert.Contains("href=\"/export/catalogue.json?sdg=4.1\"", html);
        Assert.Contains("href=\"/citations/catalogue.ris?sdg=4.1\"", html);
        var head = System.Net.WebUtility.HtmlDecode(html[..html.IndexOf("</head>", StringComparison.Ordinal)]);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Catalogue feed (Atom)\" href=\"/feeds/catalogue.atom?sdg=4.1\"", head);
        Assert.Contains("<link rel=\"canonical\"", head);
    }

    [Fact]
    public async Task EntryPage_Published_CarriesCitationTagsJsonLdAndCitationLinks()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync("/entries/venezuelan-pupils");

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<meta name=\"citation_title\" content=\"Schools for Venezuelan pupils\"", head);
        Assert.Contains("application/ld+json", head);
        Assert.Contains("<meta name=\"description\"", head);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/entries/venezuelan-pupils\"", head);
        Assert.Contains("href=\"/entries/venezuelan-pupils/cite.ris\"", html);
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
