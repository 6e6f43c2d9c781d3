using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Browser;

/// <summary>The insights page in Chromium: axe-core, keyboard-reachable links, a phone width that scrolls only inside the
/// matrices, and screenshots in English and Arabic for people to look at.</summary>
[Collection(PublicSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class InsightsBrowserTests(PublicSiteFixture site)
{
    [Theory]
    [InlineData("/insights", 1280)]
    [InlineData("/insights?kind=programme&drill=142", 390)]
    [InlineData("/fr/insights?q=school", 1280)]
    [InlineData("/ar/insights", 1280)]
    [InlineData("/ar/insights?drill=145", 390)]
    [InlineData("/sdg4/4.1", 1280)]
    [InlineData("/ar/gcm/18", 390)]
    public async Task InsightsPage_AxeCore_HasNoSeriousOrCriticalViolations(string path, int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(path);

        // Evaluated as a function body, so the page's CSP (script-src 'self') does not apply to it.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath()));
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }))" +
            ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("insights", "/insights")]
    [InlineData("insights-ar", "/ar/insights")]
    [InlineData("insights-drilled", "/insights?drill=142")]
    [InlineData("gcm-objective", "/gcm/15")]
    public async Task InsightsPage_AtDesktopAndPhoneWidth_ScrollsOnlyInsideTheMatrices(string name, string path)
    {
        foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            var page = await site.NewPageAsync(width, javaScript: false);
            await page.GotoAsync(path);

            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var wider = await page.EvaluateAsync<string>(
                "document.documentElement.scrollWidth + ' ' + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.getBoundingClientRect().left < -1).filter(e => !e.parentElement.closest('.matrix-scroll'))" +
                ".slice(0, 12).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right)).join('; ')");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} at {width}px scrolls sideways: {wider}");
            if (width == 390)
            {
                Assert.True(await page.EvaluateAsync<bool>("[...document.querySelectorAll('.matrix-scroll')].some(e => e.scrollWidth > e.clientWidth)"));
            }

            await page.ScreenshotAsync(new() { Path = PublicSiteFixture.ScreenshotPath($"{name}-{suffix}"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task InsightsPage_Keyboard_ReachesMapCountryAndFollowsIt()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/insights");

        var turkey = page.Locator("#map svg a[href='/catalogue?country=TR']");
        await turkey.FocusAsync();
        Assert.True(await turkey.EvaluateAsync<bool>("a => document.activeElement === a"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/catalogue?country=TR");

        Assert.Contains("School transport for Syrian children in Turkey", await page.ContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InsightsPage_CsvLinkWithoutJavaScript_DownloadsTheViewsTableBesideItsCitation()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/insights?kind=programme&drill=142");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#targets .insight__download a").ClickAsync());

        Assert.Equal("insights-targets.csv", download.SuggestedFilename);
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.StartsWith("sdg,label,", csv[0]);
        Assert.Equal(11, csv.Length);
        Assert.Contains("/insights?kind=programme&drill=142 (accessed", await page.Locator("pre.cite").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    private static string AxePath()
    {
        var path = Environment.GetEnvironmentVariable("AXE_CORE_PATH")
            ?? Path.Combine(TestDatabase.RepositoryRoot(), ".data", "tools", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"axe-core not found at {path}: run scripts/test.sh (it installs it) or set AXE_CORE_PATH.");
    }
}
