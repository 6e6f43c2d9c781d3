using System.Text;
using Catalogue.Core.Curation;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>Bulk import through /admin/import in Chromium, from a file with an error to the published entry in public.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class ImportPageBrowserTests(AdminSiteFixture site)
{
    private static string File(string slug, string title, string country) => $$"""
        {
          "format": "migrant-education-catalogue",
          "version": 1,
          "entries": [
            {
              "slug": "{{slug}}",
              "kind": "Programme",
              "title": "{{title}}",
              "summary": "Evening classes that help newly arrived parents follow their children's schooling.",
              "sourceUrl": "https://example.org/evening-classes/{{slug}}",
              "sdgTargets": ["4.1"],
              "countries": ["{{country}}"],
              "keywords": ["Parents"]
            }
          ]
        }
        """;

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task Import_FileWithErrorThenFixedFile_ShowsLineImportsAndEntryIsPublicAfterPublishing(int width, string device)
    {
        var slug = $"parents-evening-classes-{Guid.NewGuid():N}"[..32];
        var title = $"Parents evening classes {slug[^8..]} {Guid.NewGuid():N}";
        var broken = File(slug, title, "Atlantis");
        var brokenLine = broken.Split('\n').ToList().FindIndex(l => l.Contains("Atlantis", StringComparison.Ordinal)) + 1;
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator, width);
        await page.GotoAsync("/admin/import");

        await UploadAsync(page, "broken.json", broken);
        var rejections = page.Locator("#import-rejections");
        await Assertions.Expect(rejections).ToContainTextAsync($"Line {brokenLine}");
        await Assertions.Expect(rejections).ToContainTextAsync("Atlantis");
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"import-2-rejected-{device}"), FullPage = true });
        Assert.Equal(0, await page.Locator("#import-confirm").CountAsync());

        await UploadAsync(page, "fixed.json", File(slug, title, "DE"));
        await Assertions.Expect(page.Locator("#import-counts")).ToContainTextAsync("Would create: 1");
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"import-3-dry-run-{device}"), FullPage = true });
        await page.ClickAsync("#import-confirm");
        var result = page.Locator("#import-result");
        await Assertions.Expect(result).ToContainTextAsync("Created 1");
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"import-4-result-{device}"), FullPage = true });

        var publicBefore = await page.APIRequest.GetAsync($"/entries/{slug}");
        await result.GetByRole(AriaRole.Link, new() { Name = slug }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Published", new() { Exact = true }).First).ToBeVisibleAsync();
        await page.GotoAsync($"/entries/{slug}");
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.GotoAsync($"/catalogue?q={Uri.EscapeDataString(title)}");

        Assert.Equal(404, publicBefore.Status);
        Assert.Equal(title, heading.Trim());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(title);
    }

    [Fact]
    public async Task Import_LikelyCopyOfAStoredEntry_IsFlaggedAndNeedsImportThemAnyway()
    {
        var slug = $"homework-support-{Guid.NewGuid():N}"[..30];
        var title = $"Homework support for newcomers {Guid.NewGuid():N}";
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await page.GotoAsync("/admin/import");
        await UploadAsync(page, "first.json", File(slug, title, "DE"));
        await page.ClickAsync("#import-confirm");
        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("Created 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import another file" }).ClickAsync();

        await UploadAsync(page, "copy.json", File(slug + "-copy", title + ".", "DE"));
        await Assertions.Expect(page.Locator("#import-likely-copies")).ToContainTextAsync(slug);
        await Assertions.Expect(page.Locator("#import-confirm")).ToBeDisabledAsync();
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("import-likely-copy-desktop"), FullPage = true });
        await page.GetByLabel("Import them anyway").CheckAsync();
        await page.ClickAsync("#import-confirm");

        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("Created 1");
    }

    [Fact]
    public async Task Import_FileOverTheLimit_SaysSoAndReadsNothing()
    {
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await page.GotoAsync("/admin/import");

        await UploadAsync(page, "huge.json", new string(' ', (int)AdminAppFactory.ImportLimit + 10));

        await Assertions.Expect(page.Locator("#import-problem")).ToContainTextAsync("more than the import limit of 64 KB");
        Assert.Equal(0, await page.Locator("#import-counts").CountAsync());
    }

    /// <summary>Chooses the file; until the page's circuit is connected a change is not seen, so it tries again.</summary>
    private static async Task UploadAsync(IPage page, string name, string content)
    {
        var file = new FilePayload { Name = name, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(content) };
        for (var attempt = 1; ; attempt++)
        {
            await page.SetInputFilesAsync("#import-file", file);
            try
            {
                await page.Locator("#import-counts, #import-problem").First.WaitForAsync(new() { Timeout = 4_000 });
                await Assertions.Expect(page.GetByText($"Chosen: {name}")).ToBeVisibleAsync();
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                // Not interactive yet.
            }
        }
    }
}
