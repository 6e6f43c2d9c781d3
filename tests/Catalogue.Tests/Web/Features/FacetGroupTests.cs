using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Core.Search;
using Catalogue.Web.Features.Browse;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalogue.Tests.Web.Features;

[Trait("Category", TestCategory.Unit)]
public sealed partial class FacetGroupTests
{
    [Fact]
    public async Task FacetGroup_ThousandValues_ListsTheMostFrequentAndPointsToTheFilterBox()
    {
        var html = await RenderAsync(Organisations(1_000, selected: "Organisation 700"));

        var listed = CheckboxValues(html);
        Assert.Equal(61, listed.Count);
        Assert.Equal(Enumerable.Range(1, 5).Select(Name), listed.Take(5));
        Assert.Equal("Organisation 700", listed[5]);
        Assert.Equal(Enumerable.Range(6, 55).Select(Name), listed.Skip(6));
        Assert.Contains("Show 55 more of 1,000", html);
        Assert.Contains("939 less frequent values are not listed", html);
    }

    [Fact]
    public async Task FacetGroup_OnlyTheFirstValuesListed_CountsTheRestFromTheFacetTotal()
    {
        var first = Organisations(1_000);
        var html = await RenderAsync(first with { Values = first.Values.Take(60).ToList() });

        Assert.Equal(60, CheckboxValues(html).Count);
        Assert.Contains("Show 55 more of 1,000", html);
        Assert.Contains("940 less frequent values are not listed", html);
    }

    [Fact]
    public void FacetPanelBuilder_Limit_KeepsTheFirstValuesTheSelectedAndThoseMatchingTheFilterBox()
    {
        var counts = Enumerable.Range(1, 1_000).ToDictionary(Name, i => 10_000 - i);
        var query = new CatalogueQuery().With(CatalogueQuery.Keys.Organisation, Name(700), "Unknown organisation");

        var facet = Catalogue.Core.Search.Facets.FacetPanelBuilder.Build(query,
            new Dictionary<string, Dictionary<string, int>> { [CatalogueQuery.Keys.Organisation] = counts }, limit: 60,
            within: new Dictionary<string, string> { [CatalogueQuery.Keys.Organisation] = "organisation 99" }).Single();

        Assert.Equal(1_001, facet.ValueCount);
        Assert.Equal([.. Enumerable.Range(1, 60).Select(Name), Name(99), Name(700), .. Enumerable.Range(990, 10).Select(Name), "Unknown organisation"],
            facet.Values.Select(v => v.Value).Distinct().ToList());
    }

    [Fact]
    public async Task FacetGroup_FilterWithinMatchesAValueLeftOut_ListsIt()
    {
        var html = await RenderAsync(Organisations(1_000), within: "Organisation 999");

        Assert.Equal(["Organisation 999"], CheckboxValues(html));
        Assert.DoesNotContain("less frequent values", html);
    }

    [Fact]
    public async Task FacetGroup_SixtyValues_ShowsAllUnderShowAll()
    {
        var html = await RenderAsync(Organisations(60));

        Assert.Equal(60, CheckboxValues(html).Count);
        Assert.Contains("Show all 60", html);
        Assert.DoesNotContain("less frequent values", html);
    }

    private static string Name(int rank) => "Organisation " + rank.ToString(CultureInfo.InvariantCulture);

    private static Facet Organisations(int count, string? selected = null) =>
        new(CatalogueQuery.Keys.Organisation, "Organisation",
            Enumerable.Range(1, count).Select(i => new FacetValue(CatalogueQuery.Keys.Organisation, Name(i), Name(i), 10_000 - i, Name(i) == selected)).ToList(),
            count);

    private static List<string> CheckboxValues(string html) =>
        CheckboxValue().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<input type=\"checkbox\" name=\"org\" value=\"([^\"]+)\"")]
    private static partial Regex CheckboxValue();

    private static async Task<string> RenderAsync(Facet facet, string? within = null)
    {
        await using var provider = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<FacetGroup>(ParameterView.FromDictionary(
                new Dictionary<string, object?> { [nameof(FacetGroup.Facet)] = facet, [nameof(FacetGroup.Within)] = within }));
            return output.ToHtmlString();
        });
    }
}
