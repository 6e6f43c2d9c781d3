using Catalogue.Core.Entities;
using Catalogue.Core.Search;

namespace Catalogue.Tests.Core.Search;

public sealed class CatalogueQueryStringTests
{
    [Fact]
    public void Parse_KnownKeys_NormalisesValues()
    {
        var parsed = CatalogueQueryString.Parse("?q=refugee+schools&kind=Programme&sdg=4.A&sdg=Target%204.1&ind=4.1.1&gcm=15&theme=human%20rights" +
            "&scope=national&region=142&country=tr&lang=EN&from=2015&to=2020&sort=newest&page=2");

        var q = parsed.Query;
        Assert.Empty(parsed.Ignored);
        Assert.Equal("refugee schools", q.Text);
        Assert.Equal([EntryKind.Programme], q.Kinds);
        Assert.Equal(["4.a", "4.1"], q.SdgTargets);
        Assert.Equal(["4.1.1"], q.SdgIndicators);
        Assert.Equal([15], q.GcmObjectives);
        Assert.Equal(["Human rights"], q.Themes);
        Assert.Equal([GeographicScope.National], q.Scopes);
        Assert.Equal(["142"], q.Regions);
        Assert.Equal(["TR"], q.Countries);
        Assert.Equal(["en"], q.Languages);
        Assert.Equal((2015, 2020), (q.YearFrom, q.YearTo));
        Assert.Equal(CatalogueSort.Newest, q.Sort);
        Assert.Equal(2, q.Page);
    }

    [Fact]
    public void Parse_UnknownKeysValuesAndMalformedYears_AreReportedAndIgnored()
    {
        var parsed = CatalogueQueryString.Parse("?utm_source=mail&kind=podcast&sdg=4.9&gcm=99&from=20x5&to=1800&page=-3&sort=random&country=XX");

        Assert.Equal("", CatalogueQueryString.ToQueryString(parsed.Query));
        Assert.Equal(new[] { "utm_source", "kind", "sdg", "gcm", "country", "from", "to", "page", "sort" }.Order(), parsed.Ignored.Select(i => i.Key).Order());
        Assert.Contains(parsed.Ignored, i => i is { Key: "from", Value: "20x5" } && i.Reason.Contains("year"));
    }

    [Fact]
    public void Parse_StartAfterEnd_DropsEndYearWithNote()
    {
        var parsed = CatalogueQueryString.Parse("from=2020&to=2010");

        Assert.Equal(2020, parsed.Query.YearFrom);
        Assert.Null(parsed.Query.YearTo);
        Assert.Single(parsed.Ignored);
    }

    [Fact]
    public void ToQueryString_RoundTrips()
    {
        var query = new CatalogueQuery
        {
            Text = "vocational & training", Kinds = [EntryKind.Tool], SdgTargets = ["4.1"], Keywords = ["Child and young migrants"],
            Organisations = ["IOM"], YearFrom = 2016, Sort = CatalogueSort.Title, Page = 3,
        };

        var url = CatalogueQueryString.ToUrl(query);

        Assert.StartsWith("/catalogue?q=vocational%20%26%20training&kind=tool&sdg=4.1&kw=Child%20and%20young%20migrants&org=IOM&from=2016&sort=title&page=3", url);
        var back = CatalogueQueryString.Parse(url[url.IndexOf('?')..]).Query;
        Assert.Equal(CatalogueQueryString.ToQueryString(query), CatalogueQueryString.ToQueryString(back));
    }

    [Fact]
    public void Toggle_AddsThenRemovesAndResetsPage()
    {
        var query = new CatalogueQuery { Page = 4 };

        var added = CatalogueQueryString.Toggle(query, CatalogueQuery.Keys.SdgTarget, "4.2");
        var removed = CatalogueQueryString.Toggle(added, CatalogueQuery.Keys.SdgTarget, "4.2");

        Assert.Equal(["4.2"], added.SdgTargets);
        Assert.Equal(1, added.Page);
        Assert.Empty(removed.SdgTargets);
    }

    [Theory]
    [InlineData("vocat", "", "vocat:*", false)]
    [InlineData("refugee vocat", "refugee", "vocat:*", false)]
    [InlineData("school or vocat", "school", "vocat:*", true)]
    [InlineData("school -vocat", "school -vocat", null, false)]
    [InlineData("\"open doors", "\"open doors", null, false)]
    [InlineData("school ", "school", null, false)]
    [InlineData("it's", "it's", null, false)]
    public void SearchText_Parse_TakesOnlyAPlainLastWordAsPrefix(string text, string rest, string? prefix, bool alternative)
    {
        var parsed = SearchText.Parse(text);

        Assert.Equal((rest, prefix, alternative), (parsed.Rest, parsed.Prefix, parsed.PrefixIsAlternative));
    }

    [Fact]
    public void SnippetHtml_FromHeadline_EncodesTextAndMarksOnlyMarkers()
    {
        var html = SnippetHtml.FromHeadline($"<b>x</b> & {SnippetHtml.Start}school{SnippetHtml.Stop} buses");

        Assert.Equal("&lt;b&gt;x&lt;/b&gt; &amp; <mark>school</mark> buses", html);
    }
}
