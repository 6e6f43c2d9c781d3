using Catalogue.Core.Alerts;
using Catalogue.Core.Curation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>The admin dashboard shows curators what the background jobs did (issue 20): e-mail alerts and their messages.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class DashboardBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task Dashboard_Curator_SeesAlertCountsAsTheDatabaseHasThem()
    {
        var expected = await site.App.Services.GetRequiredService<AlertSubscriptions>().CountAsync(DateTime.UtcNow, CancellationToken.None);
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);

        await AdminSiteFixture.GotoInteractiveAsync(page, "/admin");

        await Assertions.Expect(page.Locator("#alerts-confirmed")).ToHaveTextAsync(expected.Confirmed.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")));
        await Assertions.Expect(page.Locator("#alerts-sent")).ToHaveTextAsync(expected.SentLastWeek.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")));
        await Assertions.Expect(page.Locator(".mud-paper").Filter(new() { HasText = "Links broken" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_Contributor_SeesNoAlertCounts()
    {
        var page = await site.SignedInPageAsync(CatalogueRoles.Contributor);

        await AdminSiteFixture.GotoInteractiveAsync(page, "/admin");

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#alerts-confirmed").CountAsync());
        await page.Context.CloseAsync();
    }
}
