using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Browser;

/// <summary>axe-core (WCAG 2.1 A/AA rules) on the main public pages: no serious or critical violations.</summary>
[Collection(PublicSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class AccessibilityTests(PublicSiteFixture site)
{
    [Theory]
    [InlineData("/", 1280)]
    [InlineData("/catalogue?q=school&sdg=4.1&kind=programme&in.region=asia", 1280)]
    [InlineData("/catalogue?q=school&sdg=4.1", 390)]
    [InlineData("/entries/promoting-integration-toolkit", 1280)]
    [InlineData("/entries/school-transport-syrian-children-turkey", 390)]
    [InlineData("/sdg4", 1280)]
    [InlineData("/gcm", 1280)]
    [InlineData("/catalogue?q=scholarshps&foo=bar", 1280)]
    [InlineData("/fr", 1280)]
    [InlineData("/fr/catalogue?sdg=4.1&kind=programme&in.region=asia", 1280)]
    [InlineData("/fr/entries/promoting-integration-toolkit", 1280)]
    [InlineData("/es", 1280)]
    [InlineData("/es/catalogue?sdg=4.1&kind=programme", 390)]
    [InlineData("/es/entries/promoting-integration-toolkit", 1280)]
    [InlineData("/ar", 1280)]
    [InlineData("/ar/catalogue?q=school&sdg=4.1&kind=programme", 1280)]
    [InlineData("/ar/catalogue?sdg=4.1", 390)]
    [InlineData("/ar/entries/promoting-integration-toolkit", 1280)]
    [InlineData("/ar/entries/school-transport-syrian-children-turkey", 390)]
    [InlineData("/about", 1280)]
    [InlineData("/suggest", 1280)]
    [InlineData("/suggest/thanks", 1280)]
    [InlineData("/fr/about", 1280)]
    [InlineData("/fr/suggest", 1280)]
    [InlineData("/fr/suggest/thanks", 1280)]
    [InlineData("/es/about", 1280)]
    [InlineData("/es/suggest", 1280)]
    [InlineData("/es/suggest/thanks", 1280)]
    [InlineData("/ar/about", 1280)]
    [InlineData("/ar/suggest", 390)]
    [InlineData("/ar/suggest/thanks", 1280)]
    public async Task Page_AxeCore_HasNoSeriousOrCriticalViolations(string path, int width)
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
    [InlineData("/ar/suggest")]
    [InlineData("/ar/about")]
    [InlineData("/suggest")]
    public async Task Page_AtPhoneWidth_DoesNotScrollSideways(string path)
    {
        var page = await site.NewPageAsync(390);
        await page.GotoAsync(path);

        // In a right-to-left page, anything placed far to the left (an off-screen honeypot) widens the page it can be scrolled to.
        var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"{path}: {scrollWidth} px wide in a {clientWidth} px window");
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
