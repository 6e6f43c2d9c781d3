using Catalogue.Core.Curation;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>The Users page on a phone: each account is a card with every column in view, not a table scrolled sideways.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class UsersPageBrowserTests(AdminSiteFixture site)
{
    [Theory]
    [InlineData("")]
    [InlineData("/ar")]
    public async Task UsersPage_Phone_ShowsEachAccountAsACardWithoutSidewaysScroll(string prefix)
    {
        var page = await site.SignedInPageAsync(CatalogueRoles.Administrator, 390, 844);

        await AdminSiteFixture.GotoInteractiveAsync(page, $"{prefix}/admin/users");
        await Assertions.Expect(page.Locator("#users tbody tr").First).ToBeVisibleAsync();
        var hidden = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('#users, #users *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length");
        var header = await page.Locator("#users thead").IsVisibleAsync();
        var actions = await page.Locator("#users tbody tr").First.Locator("td.user-actions").BoundingBoxAsync();
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"users-cards{prefix.Replace('/', '-')}-phone") });
        await page.Context.CloseAsync();

        Assert.Equal(0, hidden);
        Assert.False(header);
        Assert.NotNull(actions);
        Assert.True(actions.X >= 0 && actions.X + actions.Width <= 390, $"actions at {actions.X}..{actions.X + actions.Width}");
    }
}
