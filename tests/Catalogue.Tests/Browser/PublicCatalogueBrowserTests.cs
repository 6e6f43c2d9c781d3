using System.Text.RegularExpressions;
using Catalogue.Tests.Core.Search;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

/// <summary>The public catalogue in a real browser: search, facets, SDG explorer, entries, history, no JavaScript, no WebSocket.</summary>
[Collection(PublicSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed partial class PublicCatalogueBrowserTests(PublicSiteFixture site)
{
    [Fact]
    public async Task ShouldNarrowAndClearWhenSearchingThenTickingFacets()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.FillAsync("#home-search", "school");
        await page.PressAsync("#home-search", "Enter");
        await page.WaitForURLAsync(new Regex(@"/catalogue\?q=school$"));
        var all = await TotalAsync(page);

        await Task.WhenAll(page.WaitForURLAsync(new Regex("kind=programme")), page.GetByRole(AriaRole.Checkbox, new() { Name = "Programme" }).CheckAsync());
        var programmes = await TotalAsync(page);
        await Task.WhenAll(page.WaitForURLAsync(new Regex("sdg=4.5")), page.GetByRole(AriaRole.Checkbox, new() { Name = "4.5 Equal access" }).CheckAsync());
        var narrowed = await TotalAsync(page);

        Assert.True(all > programmes, $"{all} > {programmes}");
        Assert.True(programmes > narrowed, $"{programmes} > {narrowed}");
        Assert.Equal(1, narrowed);
        Assert.Equal(2, await page.Locator(".active-filters .chip").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear all filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/catalogue\?q=school$"));
        Assert.Equal(all, await TotalAsync(page));
    }

    [Fact]
    public async Task ShouldFilterByTargetWhenChosenInSdgExplorer()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/sdg4");

        await page.GetByRole(AriaRole.Link, new() { Name = "Target 4.6: Youth and adult literacy and numeracy" }).ClickAsync();
        // The address is polled and the next page's content awaited: waiting for the load event after the address
        // matched once timed out on a busy machine although the page had loaded (its network was idle).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sdg4/4\.6$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "See 3 entries for target 4.6" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/catalogue\?sdg=4\.6$"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("4.6");

        Assert.Equal(3, await TotalAsync(page));
    }

    [Fact]
    public async Task ShouldShowEntryWhenResultOpenedAndRestoreResultsOnBack()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/catalogue?q=refugee&sort=title");
        var firstTitle = await page.Locator(".card h2 a").First.InnerTextAsync();
        var status = await page.Locator("[role=status]").InnerTextAsync();

        await page.Locator(".card h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/entries/**");
        Assert.Equal(firstTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Cite this", await page.ContentAsync());

        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        // A page restored from the back/forward cache fires no load event, so the address is polled instead.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/catalogue\?q=refugee&sort=title$"));
        Assert.Equal(status, await page.Locator("[role=status]").InnerTextAsync());
        Assert.Equal("refugee", await page.InputValueAsync("#catalogue-q"));
        Assert.Equal("title", await page.InputValueAsync("#catalogue-sort"));
    }

    [Fact]
    public async Task ShouldKeepResultsForBackAndSetNoCookieWhenReadingAnonymously()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync("addEventListener('pageshow', e => { window.restoredFromBackForwardCache = e.persisted; });");
        await page.GotoAsync("/catalogue?q=school");
        await page.Locator(".card h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/entries/**");

        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/catalogue\?q=school$"));

        Assert.True(await page.EvaluateAsync<bool>("window.restoredFromBackForwardCache === true"));
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task ShouldSendSuggestionWhenFormReachedFromAReadOnlyPage()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/about");
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Suggest an entry" }).ClickAsync();
        await page.WaitForURLAsync("**/suggest");

        await page.FillAsync("#title", "Saturday school for newly arrived children");
        await page.FillAsync("#link", "https://example.org/saturday-school");
        await page.FillAsync("#summary", "Volunteer teachers run Saturday classes in the language of schooling.");
        await page.FillAsync("#email", "reader@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send suggestion" }).ClickAsync();

        await page.WaitForURLAsync("**/suggest/thanks");
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldFilterWithApplyButtonWhenJavaScriptIsOff()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/catalogue");
        Assert.Equal(SearchSampleCatalogue.PublishedCount, await TotalAsync(page));

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Tool" }).CheckAsync();
        await page.FillAsync("input[name=from]", "2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        // As in the SDG explorer test: the address is polled and the filtered page's content awaited (waiting for the
        // load event after the address matched timed out once on a busy machine, its network idle).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=tool"));
        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(1);

        Assert.Equal(1, await TotalAsync(page));
        Assert.Equal("Guide to inclusive schools for newly arrived pupils", await page.Locator(".card h2 a").First.InnerTextAsync());
    }

    [Fact]
    public async Task ShouldOpenNoWebSocketAndLoadNoBlazorScriptOnPublicPages()
    {
        var page = await site.NewPageAsync();
        var sockets = 0;
        var scripts = new List<string>();
        page.WebSocket += (_, _) => sockets++;
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                scripts.Add(request.Url);
            }
        };

        foreach (var path in new[] { "/", "/catalogue?q=school&sdg=4.1", "/entries/open-doors-school-strategy-colombia", "/sdg4", "/gcm", "/about" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Equal(0, sockets);
        Assert.DoesNotContain(scripts, s => s.Contains("blazor", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShouldKeepFacetStateWhenFilteringWithinALongFacetWithoutJavaScript()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/catalogue?in.region=indo");

        var geography = page.Locator("fieldset", new() { Has = page.Locator("legend", new() { HasText = "Region and country" }) });
        Assert.Equal("indo", await geography.Locator("input[type=search]").InputValueAsync());
        Assert.Contains("Asia", await geography.InnerTextAsync());
        Assert.DoesNotContain("Africa", await geography.InnerTextAsync());
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var status = await page.Locator("[role=status]").InnerTextAsync();
        var match = OfTotal().Match(status);
        return match.Success ? int.Parse(match.Groups[1].Value.Replace(",", "")) : 0;
    }

    [GeneratedRegex(@"of ([\d,]+) entries")]
    private static partial Regex OfTotal();
}
