using System.Net;

namespace Catalogue.Tests.Web.OpenData;

[Trait("Category", TestCategory.Database)]
public sealed class CitationTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    [Fact]
    public async Task Ris_WholeSearch_EveryRecordHasTypeAndEndAndNoSecrets()
    {
        var ris = await GetAsync("/citations/catalogue.ris", "application/x-research-info-systems");

        var records = ParseRis(ris);
        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.Contains("TY", r.Keys));
        Assert.Equal(["GEN", "CONF", "ELEC", "RPRT", "RPRT"], records.Select(r => r["TY"][0]));
        Assert.DoesNotContain("SECRET", ris);
    }

    [Fact]
    public async Task Ris_OneEntry_HasAuthorsDateAndLinks()
    {
        var ris = await GetAsync("/entries/venezuelan-pupils/cite.ris", "application/x-research-info-systems");

        var record = Assert.Single(ParseRis(ris));
        Assert.Equal(["Schools for Venezuelan pupils"], record["TI"]);
        Assert.Equal(["UNESCO,"], record["AU"]);
        Assert.Equal(["2025"], record["PY"]);
        Assert.Equal(["2025/06//"], record["DA"]);
        Assert.Equal(["https://example.org/docs/pupils.pdf"], record["L1"]);
        Assert.Contains("SDG 4.1", record["KW"]);
    }

    [Fact]
    public async Task BibTex_SpecialCharacters_AreEscapedAndBracesBalance()
    {
        var bib = await GetAsync("/entries/special-characters/cite.bib", "application/x-bibtex");

        Assert.StartsWith("@misc{special-characters,", bib);
        Assert.Contains(@"Rights \& \{braces\} 100\% <b>bold</b> {""}quoted{""} \_under \#hash \textasciitilde{}tilde \textasciicircum{}caret \textbackslash{}back \$dollar", bib);
        Assert.Contains(@"author = {{Müller \& Söhne \{Foundation\}}}", bib);
        AssertBalanced(bib);
    }

    [Fact]
    public async Task BibTex_WholeSearch_TypesByKindAndBalancedRecords()
    {
        var bib = await GetAsync("/citations/catalogue.bib?sdg=4.1&sdg=4.6", "application/x-bibtex");

        var types = bib.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[..l.IndexOf('{')]).ToList();
        Assert.Equal(["@misc", "@techreport", "@techreport"], types);
        Assert.Contains("institution = {UNESCO}", bib);
        Assert.DoesNotContain("SECRET", bib);
        AssertBalanced(bib);
    }

    [Theory]
    [InlineData("/entries/draft-plan/cite.ris")]
    [InlineData("/entries/archived-guide/cite.bib")]
    public async Task Citation_NotPublished_Is404(string url)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> GetAsync(string url, string mediaType)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads RIS as a reference manager does: "XX  - value" lines from TY to ER.</summary>
    private static List<Dictionary<string, List<string>>> ParseRis(string ris)
    {
        var records = new List<Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? current = null;
        foreach (var line in ris.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue;
            }

            Assert.Matches("^[A-Z][A-Z0-9]  - ", line);
            var (tag, value) = (line[..2], line[6..]);
            if (tag == "TY")
            {
                Assert.Null(current);
                current = [];
            }

            Assert.NotNull(current);
            if (tag == "ER")
            {
                records.Add(current);
                current = null;
                continue;
            }

            (current.TryGetValue(tag, out var values) ? values : current[tag] = []).Add(value);
        }

        Assert.Null(current);
        return records;
    }

    private static void AssertBalanced(string bib)
    {
        var depth = 0;
        for (var i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '\\')
            {
                i++;
                continue;
            }

            depth += bib[i] switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, $"Unbalanced '}}' at {i}");
        }

        Assert.Equal(0, depth);
    }
}
