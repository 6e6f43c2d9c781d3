using System.Net;
using System.Text.Json;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Tests.Web.Features;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Web.Insights;

/// <summary>The insights pages' CSV downloads and "cite this view": the page's counts, with codes, for the page's search.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class InsightsCsvTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    [Fact]
    public async Task TargetsCsv_Filtered_HasCodesAndTheCatalogueTotalInEveryCell()
    {
        var (response, rows) = await CsvAsync("/insights/targets.csv?kind=programme");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(["sdg", "label", "002", "019", "142", "150", "009", "total"], rows[0]);
        Assert.Equal(["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"], rows.Skip(1).Select(r => r[0]));
        var cells = 0;
        foreach (var row in rows.Skip(1))
        {
            for (var c = 2; c < rows[0].Length - 1; c++)
            {
                Assert.Equal(await CatalogueTotalAsync($"kind=programme&sdg={row[0]}&region={rows[0][c]}"), int.Parse(row[c]));
                cells += int.Parse(row[c]) > 0 ? 1 : 0;
            }

            Assert.Equal(await CatalogueTotalAsync($"kind=programme&sdg={row[0]}"), int.Parse(row[^1]));
        }

        Assert.True(cells > 2);
    }

    [Fact]
    public async Task TargetsCsv_RowTotals_EqualTheDatabaseCountOfPublishedEntriesOnly()
    {
        var (_, rows) = await CsvAsync("/insights/targets.csv?kind=programme");

        await using var db = site.Database.CreateContext();
        var published = await db.Entries.PubliclyVisible().CountAsync(e => e.Kind == EntryKind.Programme && e.SdgTargets.Any(t => t.Code == "4.1"));
        var all = await db.Entries.CountAsync(e => e.Kind == EntryKind.Programme && e.SdgTargets.Any(t => t.Code == "4.1"));
        // The sample holds a draft, an in-review and an archived programme for 4.1: never counted.
        Assert.Equal(published + 3, all);
        Assert.Equal(published, int.Parse(rows.Single(r => r[0] == "4.1")[^1]));
    }

    [Fact]
    public async Task Csv_PageLinksToEachTable_WithItsFiltersAndDrill()
    {
        var html = await site.Client.GetStringAsync("/insights?kind=programme&drill=142");
        var arabic = await site.Client.GetStringAsync("/ar/insights");
        var target = await site.Client.GetStringAsync("/sdg4/4.1");

        Assert.Contains("href=\"/insights/targets.csv?kind=programme&amp;drill=142\"", html);
        Assert.Contains("href=\"/insights/objectives.csv?kind=programme&amp;drill=142\"", html);
        Assert.Contains("href=\"/insights/kinds.csv?kind=programme\"", html);
        Assert.Contains("href=\"/insights/beneficiaries.csv?kind=programme\"", html);
        Assert.Contains("href=\"/insights/years.csv?kind=programme\"", html);
        Assert.Contains("href=\"/insights/countries.csv?kind=programme\"", html);
        Assert.Contains("href=\"/ar/insights/targets.csv\"", arabic);
        Assert.Contains("href=\"/insights/regions.csv?sdg=4.1\"", target);
    }

    [Fact]
    public async Task Csv_DrilledYearsCountriesAndRegions_EqualWhatThePagesShow()
    {
        var (_, asia) = await CsvAsync("/insights/targets.csv?drill=145");
        var (_, years) = await CsvAsync("/insights/years.csv?kind=programme");
        var (_, countries) = await CsvAsync("/insights/countries.csv");
        var (_, regions) = await CsvAsync("/insights/regions.csv?sdg=4.1");

        Assert.Contains("JO", asia[0]);
        Assert.Equal(1, int.Parse(asia.Single(r => r[0] == "4.2")[Array.IndexOf(asia[0], "JO")]));
        // The page: "Programme, 2018: 5 entries" and "From 2015 to 2022".
        Assert.Equal(["year", "publication", "programme", "event", "tool", "research", "total"], years[0]);
        Assert.Equal("5", years.Single(r => r[0] == "2018")[Array.IndexOf(years[0], "programme")]);
        Assert.Equal(("2015", "2022"), (years[1][0], years[^1][0]));
        Assert.Equal(["country", "label", "entries"], countries[0]);
        Assert.Equal(await CatalogueTotalAsync("country=TR"), int.Parse(countries.Single(r => r[0] == "TR")[2]));
        Assert.Equal("Türkiye", countries.Single(r => r[0] == "TR")[1]);
        Assert.Equal(2, regions.Length);
        Assert.Equal("3", regions[1][Array.IndexOf(regions[0], "150")]);
    }

    [Theory]
    [InlineData("/insights/nope.csv", "table", "'nope' is not a table")]
    [InlineData("/insights/targets.csv?kind=novel", "kind", "novel")]
    [InlineData("/insights/targets.csv?drill=999", "drill", "'999' is not a UN M49 region")]
    [InlineData("/insights/targets.csv?foo=bar", "foo", "")]
    [InlineData("/insights/regions.csv?kind=programme", "table", "add sdg= or gcm=")]
    [InlineData("/ar/insights/years.csv?from=20x0", "from", "")]
    public async Task Csv_BadParameter_Returns400ProblemNamingIt(string path, string key, string message)
    {
        var response = await site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").GetProperty(key);
        Assert.Contains(message, errors[0].GetString());
    }

    [Fact]
    public async Task InsightsPage_CiteThisView_HasTheFilteredUrlCountAndAccessDate()
    {
        var html = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/insights?kind=programme&drill=142"));
        var arabic = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/ar/insights?sdg=4.1"));
        var target = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/gcm/15"));

        var total = await CatalogueTotalAsync("kind=programme");
        var year = DateTime.UtcNow.Year;
        Assert.Contains("Cite this view", html);
        Assert.Contains($"Migrant Education Catalogue ({year}). Coverage insights — Kind: Programme; Regions shown: Asia [data view: {total} entries]. " +
                        $"http://localhost/insights?kind=programme&drill=142 (accessed {DateTime.UtcNow:d MMMM yyyy}).", html);
        Assert.Contains("استشهد بهذا العرض", arabic);
        Assert.Contains("http://localhost/ar/insights?sdg=4.1 (", arabic);
        Assert.Contains("http://localhost/gcm/15 (accessed", target);
    }

    [Fact]
    public async Task InsightsPage_YearChart_IsWellFormedSvgWithABarLinkPerYearAndKind()
    {
        var html = await site.Client.GetStringAsync("/insights?kind=programme");
        var (_, years) = await CsvAsync("/insights/years.csv?kind=programme");

        var start = html.IndexOf("<svg", html.IndexOf("id=\"years\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var svg = System.Xml.Linq.XElement.Parse(html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)]);
        var bars = svg.Descendants().Count(e => e.Name.LocalName == "rect");
        Assert.Equal(years.Skip(1).Sum(r => r[1..^1].Count(c => c != "0")), bars);
    }

    private async Task<(HttpResponseMessage Response, string[][] Rows)> CsvAsync(string path)
    {
        var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "No byte-order mark, as the catalogue export.");
        return (response, Parse(System.Text.Encoding.UTF8.GetString(bytes)));
    }

    /// <summary>RFC 4180: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static string[][] Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                if (c == '\n')
                {
                    rows.Add([.. row]);
                    row.Clear();
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        return [.. rows];
    }

    private async Task<int> CatalogueTotalAsync(string query)
    {
        using var api = JsonDocument.Parse(await site.Client.GetStringAsync("/api/v1/entries?" + query));
        return api.RootElement.GetProperty("total").GetInt32();
    }
}
