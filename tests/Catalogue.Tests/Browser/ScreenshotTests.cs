using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

/// <summary>Desktop (1280) and phone (390) screenshots of the main public pages, for people to look at.</summary>
[Collection(PublicSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class ScreenshotTests(PublicSiteFixture site)
{
    [Theory]
    [InlineData("home", "/")]
    [InlineData("catalogue-filtered", "/catalogue?q=school&sdg=4.1&kind=programme")]
    [InlineData("catalogue-empty", "/catalogue?q=scholarshps&tag=Nothing&foo=bar&from=20x0")]
    [InlineData("entry", "/entries/promoting-integration-toolkit")]
    [InlineData("entry-programme", "/entries/school-transport-syrian-children-turkey")]
    [InlineData("sdg4", "/sdg4")]
    [InlineData("sdg4-target", "/sdg4/4.1")]
    [InlineData("gcm", "/gcm")]
    [InlineData("not-found", "/entries/draft-scholarships")]
    public async Task Page_AtDesktopAndPhoneWidth_RendersWithStylesAndOneHeading(string name, string path)
    {
        foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            var page = await site.NewPageAsync(width);
            await page.GotoAsync(path);

            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
            Assert.Equal("rgb(11, 79, 138)", background);
            await page.ScreenshotAsync(new() { Path = PublicSiteFixture.ScreenshotPath($"{name}-{suffix}"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }
}
