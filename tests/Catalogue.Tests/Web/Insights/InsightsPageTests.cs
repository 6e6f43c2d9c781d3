using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Catalogue.Core.ReferenceData;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Web.Features;

namespace Catalogue.Tests.Web.Insights;

/// <summary>The insights page over the sample catalogue: matrices, drill-down, map, years, languages and bad input.</summary>
[Trait("Category", TestCategory.Database)]
public sealed partial class InsightsPageTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    [Fact]
    public async Task InsightsPage_NoFilter_ShowsTargetRegionMatrixWithCountsAndGaps()
    {
        var html = await site.Client.GetStringAsync("/insights");

        Assert.Contains("<h1>Coverage insights</h1>", html);
        Assert.Contains($"This picture is of the whole catalogue: {SearchSampleCatalogue.PublishedCount} entries.", html);
        // Target 4.2 is only in Jordan (Western Asia): a gap in Africa, a count of one in Asia linking to its catalogue.
        Assert.Contains("Gap: no entry for 4.2 in Africa yet", html);
        Assert.Contains("href=\"/catalogue?sdg=4.2&amp;region=142\" title=\"1 entry for 4.2 in Asia\"", html);
        Assert.Contains("href=\"/catalogue?sdg=4.1&amp;region=150\" title=\"3 entries for 4.1 in Europe\"", html);
        Assert.Contains("class=\"heat-legend\"", html);
        Assert.Contains("href=\"/catalogue\">See these entries in the catalogue", html);
    }

    [Theory]
    [InlineData("/insights")]
    [InlineData("/insights?kind=programme")]
    [InlineData("/insights?q=school")]
    [InlineData("/insights?sdg=4.1&region=150&drill=150")]
    public async Task InsightsPage_EveryCellLink_LeadsToCatalogueWhoseTotalIsTheCellCount(string path)
    {
        var html = await site.Client.GetStringAsync(path);

        var cells = CellLinkRegex().Matches(html).Select(m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[2].Value))).Distinct().ToList();
        Assert.NotEmpty(cells);
        foreach (var (url, count) in cells)
        {
            Assert.StartsWith("/catalogue", url);
            using var api = JsonDocument.Parse(await site.Client.GetStringAsync("/api/v1/entries" + new Uri("http://x" + url).Query));
            Assert.True(count == api.RootElement.GetProperty("total").GetInt32(), $"{path}: {url} shows {count}");
        }
    }

    [Fact]
    public async Task InsightsPage_DrillIntoAsiaThenWesternAsia_ShowsSubRegionsThenCountries()
    {
        var world = await site.Client.GetStringAsync("/insights");
        var asia = await site.Client.GetStringAsync("/insights?drill=142");
        var westernAsia = await site.Client.GetStringAsync("/insights?drill=145");

        Assert.Contains("href=\"/insights?drill=142#targets\"", world);
        Assert.Contains("Western Asia", asia);
        Assert.Contains("href=\"/catalogue?sdg=4.2&amp;region=145\"", asia);
        Assert.Contains("aria-current=\"location\">Asia</span>", asia);
        Assert.Contains("href=\"/catalogue?sdg=4.1&amp;country=TR\"", westernAsia);
        Assert.Contains("href=\"/catalogue?sdg=4.2&amp;country=JO\"", westernAsia);
        Assert.Contains("Gap: no entry for 4.2 in Türkiye yet", westernAsia);
    }

    [Fact]
    public async Task InsightsPage_Map_HasAPathPerCountryAndALinkPerCountryWithEntries()
    {
        var html = await site.Client.GetStringAsync("/insights");

        var svg = XElement.Parse(MapRegex().Match(html).Value);
        Assert.Equal(WorldMapData.World.Countries.Count, svg.Descendants().Count(e => e.Name.LocalName == "path"));
        var links = svg.Descendants().Where(e => e.Name.LocalName == "a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Contains("/catalogue?country=TR", links);
        Assert.Contains("/catalogue?country=CO", links);
        Assert.Equal(9, links.Count);
        Assert.Contains("Entries whose scope is regional or global are not on the map:", html);
        Assert.Contains("href=\"/catalogue?scope=regional\">Regional: 3 entries", html);
    }

    [Fact]
    public async Task InsightsPage_Years_StacksKindsAndLinksEachYearAndKind()
    {
        var html = await site.Client.GetStringAsync("/insights?kind=programme");

        Assert.Contains("<title>Programme, 2018: 5 entries</title>", html);
        Assert.Contains("href=\"/catalogue?kind=programme&amp;from=2018&amp;to=2018\"", html);
        Assert.Contains("From 2015 to 2022", html);
    }

    [Theory]
    [InlineData("/fr/insights", "Aperçu de la couverture", "lang=\"fr\"")]
    [InlineData("/es/insights?kind=programme", "Panorama de la cobertura", "lang=\"es\"")]
    [InlineData("/ar/insights?drill=142", "لمحة عن التغطية", "dir=\"rtl\"")]
    public async Task InsightsPage_OtherLanguages_RenderTranslated(string path, string title, string marker)
    {
        var response = await site.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, html);
        Assert.Contains(marker, html);
        Assert.DoesNotContain("Gap: no entry", html);
    }

    [Theory]
    [InlineData("/insights?sdg=9.9&drill=999&foo=bar&from=20x0")]
    [InlineData("/insights?drill=&drill=%00&q=%22&page=-1&sort=x")]
    [InlineData("/ar/insights?country=ZZ&drill=010")]
    public async Task InsightsPage_BadParameters_ShowsThemAsIgnoredWithout500(string path)
    {
        var response = await site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (path.StartsWith("/insights?sdg", StringComparison.Ordinal))
        {
            Assert.Contains("<code>sdg=9.9</code>", html);
            Assert.Contains("<code>drill=999</code>", html);
            Assert.Contains("<code>foo=bar</code>", html);
        }
    }

    [Fact]
    public async Task CataloguePage_LinksToItsPictureAndBack()
    {
        var catalogue = await site.Client.GetStringAsync("/catalogue?q=school&kind=programme&page=1&sort=title");
        var insights = await site.Client.GetStringAsync("/insights?q=school&kind=programme");

        Assert.Contains("href=\"/insights?q=school&amp;kind=programme\">See the picture of these results", catalogue);
        Assert.Contains("href=\"/catalogue?q=school&amp;kind=programme\">See these entries in the catalogue", insights);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/insights", insights);
    }

    [Fact]
    public async Task TargetPage_ShowsNewestEntriesAndItsBreakdownByRegionYearAndCountry()
    {
        var html = await site.Client.GetStringAsync("/sdg4/4.1");

        Assert.Contains("Newest entries", html);
        Assert.True(html.IndexOf("Éducation des enfants migrants au Sénégal", StringComparison.Ordinal) < html.IndexOf("Home-schooling curricula", StringComparison.Ordinal));
        Assert.Contains("href=\"/catalogue?sdg=4.1&amp;region=150\" title=\"3 entries for 4.1 in Europe\"", html);
        Assert.Contains("href=\"/catalogue?sdg=4.1&amp;country=TR\"", html);
        Assert.Contains("href=\"/catalogue?kind=programme&amp;sdg=4.1&amp;from=2018&amp;to=2018\"", html);
        Assert.Contains("href=\"/insights?sdg=4.1\"", html);
        Assert.DoesNotContain("Unpublished scholarships draft", html);
    }

    [Theory]
    [InlineData("/gcm/15", HttpStatusCode.OK)]
    [InlineData("/ar/gcm/18", HttpStatusCode.OK)]
    [InlineData("/gcm/24", HttpStatusCode.NotFound)]
    [InlineData("/gcm/x", HttpStatusCode.NotFound)]
    public async Task ObjectivePage_KnownObjective_ShowsItsEntriesAndBreakdown(string path, HttpStatusCode status)
    {
        var response = await site.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        if (path == "/gcm/15")
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Promoting integration of migrants and refugees", html);
            Assert.Contains("href=\"/catalogue?gcm=15\"", html);
            Assert.Contains("href=\"/insights?gcm=15\"", html);
            Assert.Contains("Gap: no entry for GCM objective 15 in Asia yet", html);
        }
    }

    [GeneratedRegex("<td class=\"heat heat-\\d\"><a href=\"([^\"]+)\" title=\"[^\"]*\">(\\d+)</a>")]
    private static partial Regex CellLinkRegex();

    [GeneratedRegex("<svg viewBox=\"0 0 1000 [^\"]+\" aria-labelledby=\"map-svg-title\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex MapRegex();
}
