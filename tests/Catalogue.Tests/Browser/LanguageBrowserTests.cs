using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

/// <summary>The interface languages in Chromium (issue 17): Arabic mirrors the layout, the switcher keeps the search, screenshots per language.</summary>
[Collection(PublicSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class LanguageBrowserTests(PublicSiteFixture site)
{
    [Theory]
    [InlineData("home", "")]
    [InlineData("catalogue-filtered", "/catalogue?q=school&sdg=4.1&kind=programme")]
    [InlineData("entry", "/entries/promoting-integration-toolkit")]
    public async Task Page_EnglishAndArabic_ScreenshotsAtDesktopAndPhoneWidth(string name, string path)
    {
        foreach (var (language, prefix) in new[] { ("en", ""), ("ar", "/ar") })
        {
            foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
            {
                var page = await site.NewPageAsync(width);
                await page.GotoAsync(prefix + path is "" ? "/" : prefix + path);

                Assert.Equal(1, await page.Locator("h1").CountAsync());
                Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
                await page.ScreenshotAsync(new() { Path = PublicSiteFixture.ScreenshotPath($"i18n-{name}-{language}-{suffix}"), FullPage = true });
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task CataloguePage_Arabic_FacetsAndResultsMirrorRightToLeft()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/ar/catalogue?sdg=4.1");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        var facets = await page.Locator(".catalogue__facets").BoundingBoxAsync();
        var results = await page.Locator(".catalogue__results").BoundingBoxAsync();
        Assert.True(facets!.X > results!.X, $"facets at x={facets.X} should be right of the results at x={results.X}");
        var brand = await page.Locator(".site-brand").BoundingBoxAsync();
        Assert.True(brand!.X > 640, "the site name starts on the right");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LanguageSwitcher_OnFilteredSearch_OpensTheSameSearchInFrench()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/catalogue?q=school&sdg=4.1");

        await page.Locator(".language-switcher a[hreflang=fr]").ClickAsync();

        await page.WaitForURLAsync("**/fr/catalogue?q=school&sdg=4.1");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("school", await page.InputValueAsync("#catalogue-q"));
        Assert.True(await page.Locator("input[name=sdg][value='4.1']").IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SkipToResults_Keyboard_ReachesTheFirstResultInFewTabs()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/fr/catalogue?sdg=4.1");

        var presses = 0;
        string? focused = null;
        while (presses < 20 && focused != "#results")
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            focused = await page.EvaluateAsync<string?>("document.activeElement?.getAttribute('href')");
        }

        Assert.Equal("#results", focused);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string?>("document.activeElement?.getAttribute('href')");
        Assert.StartsWith("/fr/entries/", first);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FacetCheckbox_ToggledWithTheKeyboard_FocusReturnsToItAfterTheReload()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/es/catalogue");
        var checkbox = page.Locator("input[name=kind]").First;
        var value = await checkbox.GetAttributeAsync("value");

        await checkbox.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await page.WaitForURLAsync($"**/es/catalogue?kind={value}*");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.name === 'kind'");
        Assert.Equal(value, await page.EvaluateAsync<string>("document.activeElement.value"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.checked"));
        await page.Context.CloseAsync();
    }
}
