using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>A curator finds two copies of one programme on "Possible duplicates", confirms the merge, and the old address redirects.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class DuplicatesBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task Merge_ConfirmedOnPossibleDuplicatesPage_RetiredSlugRedirectsPermanently()
    {
        var title = $"Mobile libraries for refugee camps {Guid.NewGuid():N}";
        var first = await Curation.CreateAsync(AdminSiteFixture.Curator, Model(title));
        var second = await Curation.CreateAsync(AdminSiteFixture.Curator, Model(title + " (copy)"));
        await Curation.TransitionCurrentAsync(AdminSiteFixture.Curator, first, EntryStatus.Published);
        await Curation.TransitionCurrentAsync(AdminSiteFixture.Curator, second, EntryStatus.Published);
        var survivorSlug = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, first)).Model.Slug;
        var retiredSlug = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, second)).Model.Slug;
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(page, "/admin/duplicates");

        var row = page.Locator("tr.duplicate-pair").Filter(new() { HasText = title + " (copy)" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Keep the first" }).ClickAsync();
        await Assertions.Expect(page.Locator("#merge-confirmation")).ToContainTextAsync($"/entries/{retiredSlug} will redirect there");
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("duplicates-merge-desktop"), FullPage = true });
        await page.ClickAsync("#merge-confirm");
        await Assertions.Expect(page.Locator("#duplicates-done")).ToContainTextAsync("was merged into");
        var redirect = await page.APIRequest.GetAsync($"/entries/{retiredSlug}", new() { MaxRedirects = 0 });

        Assert.Equal(301, redirect.Status);
        Assert.Equal($"/entries/{survivorSlug}", redirect.Headers["location"]);
        Assert.Equal(0, await page.Locator("tr.duplicate-pair").Filter(new() { HasText = title + " (copy)" }).CountAsync());
    }

    private EntryCurationService Curation => site.App.Services.GetRequiredService<EntryCurationService>();

    private static EntryEditModel Model(string title) => new()
    {
        Kind = EntryKind.Programme,
        Title = title,
        Summary = "Book boxes and reading corners for children and adults in camps.",
        SdgTargets = ["4.6"],
        SourceUrl = $"https://example.org/{Guid.NewGuid():N}",
    };
}
