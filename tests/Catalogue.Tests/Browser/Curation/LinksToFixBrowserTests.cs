using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.LinkChecking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>A curator fixes a moved link from "Links to fix" with one click (issue 20); the page in English and Arabic.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class LinksToFixBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task UseNewAddress_ClickedOnLinksToFix_RowGoesAndEntryHasTheNewAddress()
    {
        var (id, title, target) = await SeedAsync();
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(page, "/admin/links");

        var row = page.Locator("tr.link-problem").Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Moved");
        await Assertions.Expect(row).ToContainTextAsync(target);
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("links-to-fix-en-desktop"), FullPage = true });
        await row.GetByRole(AriaRole.Button, new() { Name = "Use the new address" }).ClickAsync();

        await Assertions.Expect(page.Locator("#links-done")).ToContainTextAsync("now links to");
        await Assertions.Expect(page.Locator("tr.link-problem").Filter(new() { HasText = title })).ToHaveCountAsync(0);
        Assert.Equal(target, (await Curation.GetForEditAsync(AdminSiteFixture.Curator, id)).Model.SourceUrl);
        var history = await Curation.GetHistoryAsync(AdminSiteFixture.Curator, id);
        Assert.Equal("updated", history[0].Action);
        Assert.Contains(history[0].Changes, c => c.Field == nameof(EntryEditModel.SourceUrl) && c.New == target);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LinksToFix_ArabicPhoneAndDashboard_RowsShownWithoutHorizontalOverflow()
    {
        await SeedAsync();
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator, 390, 844);
        await AdminSiteFixture.GotoInteractiveAsync(page, "/ar/admin/links");
        await Assertions.Expect(page.Locator("tr.link-problem").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("روابط تحتاج إلى إصلاح");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("links-to-fix-ar-phone"), FullPage = true });
        await AdminSiteFixture.GotoInteractiveAsync(page, "/ar/admin/links?status=Broken");
        var broken = await page.Locator("tr.link-problem").AllInnerTextsAsync();
        Assert.NotEmpty(broken);
        Assert.All(broken, text => Assert.Contains("معطّل", text, StringComparison.Ordinal));
        await AdminSiteFixture.GotoInteractiveAsync(page, "/ar/admin");
        var card = page.Locator(".mud-paper").Filter(new() { HasText = "روابط معطّلة" });
        await Assertions.Expect(card.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/ar/admin/links");
        await page.Context.CloseAsync();

        Assert.False(overflow, "the links-to-fix page scrolls sideways at 390 px in Arabic");
    }

    private EntryCurationService Curation => site.App.Services.GetRequiredService<EntryCurationService>();

    /// <summary>Published entries and what the checker would have stored for them: moved, broken, timed out, unreachable.</summary>
    private async Task<(int Id, string Title, string Target)> SeedAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var rows = new (string Title, LinkStatus Status, int? Code, int Failures, int DaysAgo, string? Target)[]
        {
            ($"Summer school for newcomers {key}", LinkStatus.Redirected, 200, 0, 2, $"https://example.org/programmes/summer-school-{key}"),
            ($"Teacher guide on trauma-aware classrooms {key}", LinkStatus.Broken, 404, 4, 30, null),
            ($"Adult literacy circles {key}", LinkStatus.TimedOut, null, 2, 9, null),
            ($"Refugee scholarship fund {key}", LinkStatus.Unreachable, null, 5, 40, null),
        };
        var ids = new List<int>();
        await using var db = await site.Database.Factory.CreateDbContextAsync();
        foreach (var row in rows)
        {
            var url = $"https://example.org/old/{SlugText.From(row.Title)}";
            var id = await Curation.CreateAsync(AdminSiteFixture.Curator, new EntryEditModel
            {
                Kind = EntryKind.Programme,
                Title = row.Title,
                Summary = "Classes and support for newly arrived children and adults.",
                SdgTargets = ["4.1"],
                SourceUrl = url,
            });
            await Curation.TransitionCurrentAsync(AdminSiteFixture.Curator, id, EntryStatus.Published);
            ids.Add(id);
            db.Add(new LinkCheck
            {
                Url = url,
                Status = row.Status,
                HttpStatus = row.Code,
                StatusSince = now.AddDays(-row.DaysAgo),
                LastCheckedAt = now.AddHours(-1),
                LastSuccessAt = row.Status == LinkStatus.Redirected ? now.AddHours(-1) : now.AddDays(-row.DaysAgo - 7),
                ConsecutiveFailures = row.Failures,
                RedirectTarget = row.Target,
            });
        }

        await db.SaveChangesAsync();
        return (ids[0], rows[0].Title, rows[0].Target!);
    }
}
