using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

/// <summary>The API reference on a machine without internet: everything from the app, shown at once, nothing but the reference.</summary>
[Collection(PublicSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class ApiReferenceBrowserTests(PublicSiteFixture site)
{
    [Fact]
    public async Task ApiDocs_WithoutInternet_ShowsTheOperationsFromTheAppAloneWithoutForeignButtons()
    {
        var page = await site.NewPageAsync();
        var outside = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host is "127.0.0.1" or "localhost")
            {
                await route.ContinueAsync();
                return;
            }

            lock (outside)
            {
                outside.Add(route.Request.Url);
            }

            await route.AbortAsync("internetdisconnected");
        });

        await page.GotoAsync("/api/docs");
        await Assertions.Expect(page.GetByText("/api/v1/entries/{slug}").First).ToBeVisibleAsync(new() { Timeout = 15000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = PublicSiteFixture.ScreenshotPath("api-docs-desktop") });

        Assert.Empty(outside);
        Assert.Equal(0, await page.GetByText("Ask AI").CountAsync());
        Assert.Equal(0, await page.GetByText("Deploy").CountAsync());
        Assert.Equal(0, await page.GetByText("Developer tools").CountAsync());
    }
}
