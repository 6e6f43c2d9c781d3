using System.Net;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Web.Features;

[Trait("Category", TestCategory.Database)]
public sealed class PublicPagesTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    [Fact]
    public async Task EntryPage_OldSlug_RedirectsPermanentlyToCurrentSlug()
    {
        var response = await site.Client.GetAsync($"/entries/{SearchSampleCatalogue.OldTurkeySlug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/entries/school-transport-syrian-children-turkey", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/entries/draft-scholarships")]
    [InlineData("/entries/in-review-buses")]
    [InlineData("/entries/archived-buses")]
    [InlineData("/entries/no-such-entry")]
    [InlineData("/sdg4/4.9")]
    public async Task PublicPage_NotPublishedOrUnknown_Returns404InSiteStyle(string path)
    {
        var response = await site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("site-header", html);
    }

    [Fact]
    public async Task EntryPage_Published_ShowsFieldsInSeedOrderSafelyWithCitationAndCanonical()
    {
        var html = await site.Client.GetStringAsync("/entries/promoting-integration-toolkit");

        string[] labels = ["Date of publication", "Target audience", "Author", "Source / Publisher", "Language", "Geographic scope",
            "Workstream output", "Regional review process", "GCM objectives", "Cross-cutting theme", "SDGs", "SDG indicators", "SDG targets", "Keywords", "Tags"];
        var positions = labels.Select(l => html.IndexOf($"<dt>{l}</dt>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.Contains("<strong>education unions</strong>", html);
        Assert.Contains("href=\"/catalogue?sdg=4.3\"", html);
        Assert.Contains("Education International (2019). Promoting integration", html);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/entries/promoting-integration-toolkit\"", html);
        Assert.DoesNotContain("Unpublished scholarships draft", html);
    }

    [Fact]
    public async Task EntryPage_LinkedEntries_ShowTypedRelationBothWays()
    {
        var webinar = await site.Client.GetStringAsync("/entries/digital-pedagogical-innovations-webinar");
        var report = await site.Client.GetStringAsync("/entries/mainstreaming-2-0");

        Assert.Contains("Launches", webinar);
        Assert.Contains("Launched by", report);
    }

    [Fact]
    public async Task CataloguePage_BadParameters_ShowsThemAsIgnoredAndStillSearches()
    {
        var response = await site.Client.GetAsync("/catalogue?q=school&utm_source=x&sdg=9.9&from=20x0&page=999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Some parts of the address were ignored", html);
        Assert.Contains("utm_source=x", html);
        Assert.Contains("from=20x0", html);
        Assert.Contains("not a year", html);
        Assert.Contains("unknown SDG 4 target", html);
        Assert.Contains("of <strong>", html);
    }

    [Theory]
    [InlineData("/catalogue?q=%22")]
    [InlineData("/catalogue?q=a%27b%3A*%26%7C!()")]
    [InlineData("/catalogue?q=-")]
    [InlineData("/catalogue?q=or")]
    [InlineData("/catalogue?q=the")]
    [InlineData("/catalogue?q=%00%01")]
    [InlineData("/catalogue?page=0&page=-1&page=99999999999")]
    [InlineData("/catalogue?kind=&kind=1&scope=99&gcm=0&ind=x&lang=zz&country=123")]
    [InlineData("/catalogue?from=2030&to=1990&sort=1")]
    [InlineData("/catalogue?q=%E2%80%8B%F0%9F%98%80")]
    [InlineData("/entries/%25")]
    [InlineData("/sdg4/%2F%2E")]
    public async Task PublicPages_MalformedInput_NeverAnswer500(string url)
    {
        var response = await site.Client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} gave {(int)response.StatusCode}");
    }

    [Fact]
    public async Task PublicPages_ContentSecurityPolicy_ForbidsBaseAndHasNoBlazorScript()
    {
        var response = await site.Client.GetAsync("/catalogue");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("base-uri 'none'", csp);
        Assert.DoesNotContain("<base", html);
        Assert.DoesNotContain("blazor.web.js", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task HomePage_Always_ShowsTargetTilesWithCountsAndNewest()
    {
        var html = await site.Client.GetStringAsync("/");

        Assert.Contains("href=\"/catalogue?sdg=4.b\"", html);
        Assert.Contains("9 entries", html);
        Assert.Contains("Guide to inclusive schools for newly arrived pupils", html);
        Assert.DoesNotContain("draft", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/catalogue?sdg=4.1", HttpStatusCode.OK)]
    [InlineData("/entries/draft-scholarships", HttpStatusCode.NotFound)]
    public async Task PublicPage_Head_AnswersWithTheStatusOfGet(string path, HttpStatusCode expected)
    {
        // The body is dropped by Kestrel for HEAD; the test server keeps it, so only status and type are compared here.
        var response = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/catalogue?q=school&sdg=4.1")]
    [InlineData("/entries/school-transport-syrian-children-turkey")]
    [InlineData("/entries/draft-scholarships")]
    [InlineData("/sdg4/4.1")]
    [InlineData("/gcm")]
    [InlineData("/about")]
    public async Task ReadOnlyPage_AnonymousGet_SetsNoCookieAndMayBeKeptForBackAndForward(string path)
    {
        using var firstVisit = site.ClientWithoutCookies();
        var response = await firstVisit.GetAsync(path);

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Pragma"));
    }

    [Theory]
    [InlineData("/suggest")]
    [InlineData("/account/login")]
    public async Task PageWithAForm_AnonymousGet_KeepsItsAntiforgeryCookieAndNoStore(string path)
    {
        using var firstVisit = site.ClientWithoutCookies();
        var response = await firstVisit.GetAsync(path);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    public sealed class Site : IAsyncLifetime
    {
        private CatalogueAppFactory? _app;

        public TestDatabase Database { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            await using (var db = Database.CreateContext())
            {
                await SearchSampleCatalogue.SeedAsync(db);
            }

            _app = new CatalogueAppFactory(Database.ConnectionString);
            Client = _app.CreateClient(new() { AllowAutoRedirect = false });
        }

        /// <summary>A first visit: no cookie from earlier requests, and the response's Set-Cookie left as it came.</summary>
        public HttpClient ClientWithoutCookies() => _app!.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            await Database.DisposeAsync();
        }
    }
}
