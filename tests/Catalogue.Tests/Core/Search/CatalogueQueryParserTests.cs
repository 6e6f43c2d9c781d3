using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tests.Core.Search;

[Trait("Category", TestCategory.Unit)]
public sealed class CatalogueQueryParserTests
{
    [Fact]
    public void Parse_KnownKeys_NormalisesValues()
    {
        var parsed = CatalogueQueryParser.Parse("?q=refugee+schools&kind=Programme&sdg=4.A&sdg=Target%204.1&ind=4.1.1&gcm=15&theme=human%20rights" +
            "&scope=national&region=142&country=tr&lang=EN&from=2015&to=2020&sort=newest&page=2");

        var q = parsed.Query;
        Assert.Empty(parsed.Problems);
        Assert.Equal("refugee schools", q.Text);
        Assert.Equal(["programme"], q.Values(K.Kind));
        Assert.Equal(["4.a", "4.1"], q.Values(K.SdgTarget));
        Assert.Equal(["4.1.1"], q.Values(K.SdgIndicator));
        Assert.Equal(["15"], q.Values(K.GcmObjective));
        Assert.Equal(["Human rights"], q.Values(K.Theme));
        Assert.Equal(["national"], q.Values(K.Scope));
        Assert.Equal(["142"], q.Values(K.Region));
        Assert.Equal(["TR"], q.Values(K.Country));
        Assert.Equal(["en"], q.Values(K.Language));
        Assert.Equal((2015, 2020), (q.YearFrom, q.YearTo));
        Assert.Equal(CatalogueSort.Newest, q.Sort);
        Assert.Equal(2, q.Page);
    }

    [Fact]
    public void Parse_UnknownKeysValuesAndMalformedYears_AreReportedAndIgnored()
    {
        var parsed = CatalogueQueryParser.Parse("?utm_source=mail&kind=podcast&sdg=4.9&gcm=99&from=20x5&to=1800&page=-3&sort=random&country=XX");

        Assert.Equal("", CatalogueUrl.ToQueryString(parsed.Query));
        Assert.Equal(new[] { "utm_source", "kind", "sdg", "gcm", "country", "from", "to", "page", "sort" }.Order(), parsed.Problems.Select(i => i.Key).Order());
        Assert.Contains(parsed.Problems, i => i is { Key: "from", Value: "20x5" } && i.Reason.Contains("year"));
    }

    [Theory]
    [InlineData("sdg=4.9", "sdg")]
    [InlineData("kind=webinar", "kind")]
    [InlineData("sgd=4.1", "sgd")]
    [InlineData("from=2020&to=2010", "from")]
    [InlineData("page=0", "page")]
    [InlineData("q=a%00b", "q")]
    public void Parse_Strict_EveryProblemIsAnErrorNamingItsKey(string query, string key)
    {
        var strict = CatalogueQueryParser.Parse(query, QueryParseMode.Strict);
        var tolerant = CatalogueQueryParser.Parse(query);

        Assert.False(strict.IsValid);
        Assert.True(strict.Errors.ContainsKey(key), string.Join(", ", strict.Errors.Keys));
        Assert.NotEmpty(tolerant.Problems.Count > 0 || key == "q" ? [1] : Array.Empty<int>());
    }

    [Fact]
    public void Parse_SameUnknownValuesInBothModes_AreRefusedForTheSameReason()
    {
        var strict = CatalogueQueryParser.Parse("sdg=4.9&kind=webinar", QueryParseMode.Strict);
        var tolerant = CatalogueQueryParser.Parse("sdg=4.9&kind=webinar");

        Assert.Equal(tolerant.Problems, strict.Problems);
        Assert.Contains("use one of: publication, programme, event, tool, research", strict.Errors["kind"][0]);
    }

    [Fact]
    public void Parse_StrictWithEndpointKey_LeavesThatKeyToTheEndpoint()
    {
        Assert.True(CatalogueQueryParser.Parse("sdg=4.1&pageSize=5", QueryParseMode.Strict, ["pageSize"]).IsValid);
        Assert.False(CatalogueQueryParser.Parse("sdg=4.1&pageSize=5", QueryParseMode.Strict).IsValid);
    }

    [Fact]
    public void Parse_StartAfterEnd_DropsEndYearWithNote()
    {
        var parsed = CatalogueQueryParser.Parse("from=2020&to=2010");

        Assert.Equal(2020, parsed.Query.YearFrom);
        Assert.Null(parsed.Query.YearTo);
        Assert.Single(parsed.Problems);
    }

    [Fact]
    public void Parse_TolerantControlCharacters_AreDroppedFromTheText()
    {
        var parsed = CatalogueQueryParser.Parse("q=sch%00ool");

        Assert.Equal("school", parsed.Query.Text);
    }

    [Fact]
    public void ToQueryString_RoundTrips()
    {
        var query = new CatalogueQuery { Text = "vocational & training", YearFrom = 2016, Sort = CatalogueSort.Title, Page = 3 }
            .With(K.Kind, "tool").With(K.SdgTarget, "4.1").With(K.Keyword, "Child and young migrants").With(K.Organisation, "IOM");

        var url = CatalogueUrl.ToUrl(query);

        Assert.StartsWith("/catalogue?q=vocational%20%26%20training&kind=tool&sdg=4.1&kw=Child%20and%20young%20migrants&org=IOM&from=2016&sort=title&page=3", url);
        var back = CatalogueQueryParser.Parse(url[url.IndexOf('?')..]).Query;
        Assert.Equal(query, back);
    }

    [Fact]
    public void Toggle_AddsThenRemovesAndResetsPage()
    {
        var query = new CatalogueQuery { Page = 4 };

        var added = CatalogueUrl.Toggle(query, K.SdgTarget, "4.2");
        var removed = CatalogueUrl.Toggle(added, K.SdgTarget, "4.2");

        Assert.Equal(["4.2"], added.Values(K.SdgTarget));
        Assert.Equal(1, added.Page);
        Assert.Empty(removed.Values(K.SdgTarget));
        Assert.Equal(new CatalogueQuery(), removed);
    }

    [Fact]
    public void Registry_EveryFacetKey_ParsesAndWritesItsOwnValues()
    {
        foreach (var facet in FacetRegistry.All)
        {
            Assert.Contains(facet.Key, typeof(K).GetFields().Select(f => (string)f.GetRawConstantValue()!));
            Assert.NotEmpty(facet.Title);
            Assert.NotEmpty(facet.ApiDescription);
        }

        Assert.Equal(FacetRegistry.All.Count, FacetRegistry.All.Select(f => f.Key).Distinct().Count());
    }
}
