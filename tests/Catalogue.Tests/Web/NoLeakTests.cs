using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Catalogue.Tests.Web;

/// <summary>
/// Nothing unpublished leaks, anywhere (issue 15, item 5): every public surface is read, plainly and searched with a
/// prefix of each hidden word (the response then echoes only the prefix), and none of the hidden words may appear.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed partial class NoLeakTests(NoLeakCatalogue catalogue) : IClassFixture<NoLeakCatalogue>
{
    private static readonly string[] PlainPaths =
    [
        "/", "/catalogue", "/catalogue?sort=newest", "/catalogue?sort=title", "/catalogue?sort=updated", "/catalogue?sdg=4.1",
        "/catalogue?gcm=15", "/catalogue?country=TR", "/catalogue?kind=programme", "/catalogue?kw=Welcome+classes", "/catalogue?lang=en",
        "/sdg4", "/sdg4/4.1", "/gcm", "/about", "/suggest",
        $"/entries/{NoLeakCatalogue.PublishedSlug}", $"/entries/{NoLeakCatalogue.OtherPublishedSlug}",
        $"/entries/{NoLeakCatalogue.PublishedSlug}/cite.ris", $"/entries/{NoLeakCatalogue.PublishedSlug}/cite.bib",
        $"/entries/{NoLeakCatalogue.OtherPublishedSlug}/cite.ris", $"/entries/{NoLeakCatalogue.OtherPublishedSlug}/cite.bib",
        "/api/v1/entries", "/api/v1/entries?sdg=4.1&pageSize=100", "/api/v1/entries?kw=Welcome+classes",
        $"/api/v1/entries/{NoLeakCatalogue.PublishedSlug}", $"/api/v1/entries/{NoLeakCatalogue.OtherPublishedSlug}",
        "/api/v1/taxonomies", "/feeds/catalogue.atom", "/feeds/catalogue.atom?sdg=4.1",
        "/export/catalogue.csv", "/export/catalogue.json", "/export/catalogue.csv?sdg=4.1", "/export/catalogue.json?gcm=15",
        "/citations/catalogue.ris", "/citations/catalogue.bib", "/sitemap.xml", "/robots.txt",
        "/oai?verb=Identify", "/oai?verb=ListSets", "/oai?verb=ListMetadataFormats",
    ];

    private static readonly string[] Taxonomies =
    [
        "sdg-targets", "sdg-indicators", "gcm-objectives", "themes", "countries", "regions", "languages",
        "keywords", "tags", "organisations", "audiences", "beneficiary-groups", "activity-areas",
    ];

    /// <summary>The JSON export and BibTeX citations of a search read the same entries as their CSV and RIS siblings.</summary>
    private static readonly string[] SearchPaths = ["/catalogue", "/api/v1/entries", "/feeds/catalogue.atom", "/export/catalogue.csv", "/citations/catalogue.ris"];

    [Fact]
    public async Task PublicSurfaces_EntriesInEveryNonPublicState_ShowNoneOfTheirWords()
    {
        using var client = catalogue.App.CreateClient(new() { AllowAutoRedirect = false });
        var pages = new Dictionary<string, string>();
        var refused = new List<string>();
        async Task ReadAsync(string path)
        {
            var response = await client.GetAsync(path);
            // "Did you mean" is checked on its own below (skipped until the search rewrite replaces its source).
            pages[path] = DidYouMean().Replace(await response.Content.ReadAsStringAsync(), "");
            if ((int)response.StatusCode is 429 or >= 500)
            {
                refused.Add($"{path}: {(int)response.StatusCode}");
            }
        }

        foreach (var path in PlainPaths.Concat(Taxonomies.Select(t => $"/api/v1/taxonomies/{t}")))
        {
            await ReadAsync(path);
        }

        foreach (var (word, _) in catalogue.HiddenWords)
        {
            foreach (var path in SearchPaths)
            {
                await ReadAsync($"{path}?q={word[..8]}");
            }
        }

        foreach (var verb in new[] { "ListRecords", "ListIdentifiers" })
        {
            foreach (var (path, body) in await HarvestAsync(client, verb))
            {
                pages[path] = body;
            }
        }

        foreach (var id in catalogue.HiddenIds)
        {
            await ReadAsync($"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:entry/{id}");
        }

        var leaks = (from page in pages
                     from hidden in catalogue.HiddenWords
                     where page.Value.Contains(hidden.Word, StringComparison.OrdinalIgnoreCase)
                     select $"{page.Key} shows the {hidden.Where} ({hidden.Word})").ToList();
        Assert.Empty(refused);
        Assert.True(pages.Count > 400, $"Only {pages.Count} responses were read.");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task EntryPages_OfHiddenEntries_AreNotFoundUnderTheirSlugOrAnOldOne()
    {
        using var client = catalogue.App.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var slug in catalogue.HiddenSlugs)
        {
            foreach (var path in new[] { $"/entries/{slug}", $"/entries/old-{slug}", $"/api/v1/entries/{slug}", $"/entries/{slug}/cite.ris" })
            {
                var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();

                Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
                Assert.DoesNotContain(catalogue.HiddenWords, w => w.Where.EndsWith(" title", StringComparison.Ordinal) && body.Contains(w.Word, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task DidYouMean_HiddenWordsMisspelled_SuggestsNoneOfThem()
    {
        using var client = catalogue.App.CreateClient(new() { AllowAutoRedirect = false });
        var leaks = new List<string>();

        foreach (var (word, where) in catalogue.HiddenWords)
        {
            // One letter left out: always another word (swapping two letters is not, when they are the same letter).
            var misspelled = word[..5] + word[6..];
            var html = await client.GetStringAsync($"/catalogue?q={misspelled}");
            if (html.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add($"\"{misspelled}\" suggests the {where} ({word})");
            }
        }

        Assert.Empty(leaks);
    }

    /// <summary>The two places a suggestion shows: the notice above results, and the hint of the empty state.</summary>
    [GeneratedRegex("<p class=\"notice\">Did you mean .*?</p>|<li>Try <a [^>]*>[^<]*</a> instead\\.</li>", RegexOptions.Singleline)]
    private static partial Regex DidYouMean();

    /// <summary>Every page of an OAI-PMH list, following resumption tokens to the end.</summary>
    private static async Task<List<(string Path, string Body)>> HarvestAsync(HttpClient client, string verb)
    {
        var pages = new List<(string, string)>();
        var path = $"/oai?verb={verb}&metadataPrefix=oai_dc";
        while (pages.Count < 50)
        {
            var body = await client.GetStringAsync(path);
            pages.Add((path, body));
            var token = XDocument.Parse(body).Descendants(XName.Get("resumptionToken", "http://www.openarchives.org/OAI/2.0/")).FirstOrDefault()?.Value;
            if (string.IsNullOrEmpty(token))
            {
                return pages;
            }

            path = $"/oai?verb={verb}&resumptionToken={Uri.EscapeDataString(token)}";
        }

        throw new InvalidOperationException($"{verb} did not end after 50 pages.");
    }
}
