using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Catalogue.Tests.Web.OpenData;

[Trait("Category", TestCategory.Database)]
public sealed class FeedAndSitemapTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    [Fact]
    public async Task AtomFeed_AnySearch_ParsesAndListsPublishedNewestFirst()
    {
        var feed = await FeedAsync("/feeds/catalogue.atom");

        Assert.Equal(["Turkey school transport", "Webinar on inclusion", OpenDataFixture.SpecialTitle, "Schools for Venezuelan pupils", "Research on language classes"],
            feed.Items.Select(i => i.Title.Text));
        var self = feed.Links.Single(l => l.RelationshipType == "self");
        Assert.Equal("http://localhost/feeds/catalogue.atom", self.Uri.AbsoluteUri);
        Assert.All(feed.Items, item => Assert.StartsWith("tag:localhost,2026:entry:", item.Id));
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task AtomFeed_SdgFilter_HasCategoriesLinksAndDates()
    {
        var feed = await FeedAsync("/feeds/catalogue.atom?sdg=4.1");

        Assert.Equal(["Turkey school transport", "Schools for Venezuelan pupils"], feed.Items.Select(i => i.Title.Text));
        var pupils = feed.Items.Last();
        Assert.Contains(pupils.Categories, c => c.Name == "4.1" && c.Scheme == "https://unstats.un.org/sdgs/indicators/indicators-list/");
        Assert.Contains(pupils.Categories, c => c.Name == "15" && c.Scheme == "https://undocs.org/A/RES/73/195");
        Assert.Equal("http://localhost/entries/venezuelan-pupils", pupils.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero), pupils.LastUpdatedTime);
        Assert.Equal("Summary of Schools for Venezuelan pupils.", ((TextSyndicationContent)pupils.Summary).Text);
        Assert.Equal("http://localhost/feeds/catalogue.atom?sdg=4.1", feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("/api/v1/entries?sdg=4.1", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/v1/entries/venezuelan-pupils", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/v1/entries?kind=novel", HttpStatusCode.BadRequest, "application/problem+json")]
    [InlineData("/feeds/catalogue.atom", HttpStatusCode.OK, "application/atom+xml")]
    [InlineData("/export/catalogue.csv", HttpStatusCode.OK, "text/csv")]
    [InlineData("/oai?verb=Identify", HttpStatusCode.OK, "text/xml")]
    [InlineData("/sitemap.xml", HttpStatusCode.OK, "application/xml")]
    [InlineData("/robots.txt", HttpStatusCode.OK, "text/plain")]
    public async Task OpenDataEndpoint_Head_AnswersWithTheStatusAndTypeOfGet(string path, HttpStatusCode expected, string type)
    {
        using var client = fixture.App.CreateClient();

        // Link checkers and harvesters probe with HEAD; before, every open-data address answered it with 404.
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AtomFeed_BadFilter_Returns400ProblemJson()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/feeds/catalogue.atom?kind=novel");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sitemap_ListsMainPagesAndPublishedEntriesOnly()
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");
        var body = await response.Content.ReadAsStringAsync();

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(body).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/", locations);
        Assert.Contains("http://localhost/catalogue", locations);
        foreach (var slug in OpenDataFixture.PublishedSlugs)
        {
            Assert.Contains($"http://localhost/entries/{slug}", locations);
        }

        foreach (var slug in OpenDataFixture.SecretSlugs)
        {
            Assert.DoesNotContain(locations, l => l.EndsWith($"/entries/{slug}", StringComparison.Ordinal));
        }

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sitemap_EveryPage_ListedInEachLanguageWithAlternates()
    {
        using var client = fixture.App.CreateClient();
        var document = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = document.Root!.Elements(ns + "url").ToList();
        var locations = urls.Select(u => u.Element(ns + "loc")!.Value).ToList();
        var slug = OpenDataFixture.PublishedSlugs[0];
        foreach (var prefix in new[] { "", "/fr", "/es", "/ar" })
        {
            Assert.Contains($"http://localhost{prefix}/entries/{slug}", locations);
            Assert.Contains($"http://localhost{prefix}/catalogue", locations);
        }

        Assert.Contains("http://localhost/fr", locations);
        var arabic = urls.Single(u => u.Element(ns + "loc")!.Value == $"http://localhost/ar/entries/{slug}");
        var alternates = arabic.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal($"http://localhost/entries/{slug}", alternates["en"]);
        Assert.Equal($"http://localhost/es/entries/{slug}", alternates["es"]);
    }

    [Fact]
    public async Task Sitemap_TargetAndObjectivePages_ListedInEachLanguageWithAlternatesAndAnswer()
    {
        using var client = fixture.App.CreateClient();
        var document = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = document.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value);
        foreach (var prefix in new[] { "", "/fr", "/es", "/ar" })
        {
            foreach (var page in new[] { "/sdg4", "/sdg4/4.1", "/sdg4/4.c", "/gcm", "/gcm/1", "/gcm/15", "/gcm/23" })
            {
                Assert.True(urls.ContainsKey($"http://localhost{prefix}{page}"), $"{prefix}{page} is not in the sitemap");
            }
        }

        Assert.Equal(4 * (1 + 10 + 1 + 23), urls.Keys.Count(l => l.Contains("/sdg4", StringComparison.Ordinal) || l.Contains("/gcm", StringComparison.Ordinal)));
        var alternates = urls["http://localhost/ar/gcm/15"].Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(["en", "fr", "es", "ar"], alternates.Keys);
        Assert.Equal("http://localhost/gcm/15", alternates["en"]);
        Assert.Equal("http://localhost/fr/gcm/15", alternates["fr"]);
        foreach (var path in new[] { "/sdg4/4.a", "/es/gcm/23" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Robots_AllowsAllButAdminAndAccount_AndNamesTheSitemap()
    {
        using var client = fixture.App.CreateClient();

        var robots = await client.GetStringAsync("/robots.txt");

        var lines = robots.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    private async Task<SyndicationFeed> FeedAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SECRET", body);
        using var reader = XmlReader.Create(new StringReader(body));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
