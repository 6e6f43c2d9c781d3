using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>A curator links a programme to the report that describes it, in Chromium through the admin form.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class EntryLinksBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task AddLink_PickedByTitle_IsSavedAndShownOnBothEntriesAdminAndPublicPages()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var reportTitle = $"Assessment of education projects {suffix}";
        var report = await Curation.CreateAsync(AdminSiteFixture.Curator, Model(reportTitle, "https://example.org/assessment"));
        await Curation.TransitionCurrentAsync(AdminSiteFixture.Curator, report, EntryStatus.Published);
        var programmeTitle = $"School transport for displaced children {suffix}";
        var programme = await Curation.CreateAsync(AdminSiteFixture.Curator, Model(programmeTitle, null));
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(page, $"/admin/entries/{programme}");

        await page.GetByLabel("Link type").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Described in", Exact = true }).ClickAsync();
        // The note first: typed at machine speed straight after picking the entry, it was lost in 2 of 6 runs here (the
        // link was added without it); what this test proves is that a link keeps its note on both pages.
        await page.GetByLabel("Note (optional), e.g. section 5.1 (a)").FillAsync("section 5.1 (a)");
        await page.GetByLabel("Entry to link to (search by title)").FillAsync($"education projects {suffix}");
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = reportTitle }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(page.Locator("#entry-links-outgoing")).ToContainTextAsync($"Described in {reportTitle} — section 5.1 (a)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-chip").First).ToHaveTextAsync("Published");
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("entry-links-desktop"), FullPage = true });

        await AdminSiteFixture.GotoInteractiveAsync(page, $"/admin/entries/{report}");
        await Assertions.Expect(page.Locator("#entry-links-incoming")).ToContainTextAsync($"Describes {programmeTitle}");
        var programmeSlug = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, programme)).Model.Slug;
        var reportSlug = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, report)).Model.Slug;
        var programmePage = await (await page.APIRequest.GetAsync($"/entries/{programmeSlug}")).TextAsync();
        var reportPage = await (await page.APIRequest.GetAsync($"/entries/{reportSlug}")).TextAsync();

        Assert.Contains("Described in · Publication", programmePage, StringComparison.Ordinal);
        Assert.Contains("section 5.1 (a)", programmePage, StringComparison.Ordinal);
        Assert.Contains("Describes · Programme", reportPage, StringComparison.Ordinal);
        Assert.Contains(programmeTitle, reportPage, StringComparison.Ordinal);
    }

    private EntryCurationService Curation => site.App.Services.GetRequiredService<EntryCurationService>();

    private static EntryEditModel Model(string title, string? sourceUrl) => new()
    {
        Kind = sourceUrl is null ? EntryKind.Programme : EntryKind.Publication,
        Title = title,
        Summary = "An assessment of projects that help displaced children into school.",
        SdgTargets = ["4.1"],
        SourceUrl = sourceUrl,
    };
}
