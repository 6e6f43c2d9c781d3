using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>
/// The admin pages in French and Arabic (issue 17), in Chromium as a signed-in administrator: none of the English texts
/// the pages used to show is left, and the document's lang and dir are the language's. The account pages are another change's.
/// </summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class AdminNoEnglishLeftTests(AdminSiteFixture site)
{
    /// <summary>English texts of the keys localized for the admin pages, each distinctive enough not to occur in French or Arabic.</summary>
    private static readonly string[] English =
    [
        "Dashboard", "Drafts", "Suggested by the public", "Review queue", "New entry", "Search title or slug", "Updated by",
        "No entries match", "Entries submitted for review", "Create draft", "Back to entries", "Delete for good", "Preview as public",
        "Links to other entries", "No links yet", "Add link", "Link type", "Translations", "Original language", "Add a translation",
        "Publication date", "Date precision", "Start year", "Source link", "Geographic scope", "Good practice", "Lessons learned",
        "Add: ", "Beneficiary groups", "Slug (address)", "Summary (plain text)", "Submit for review", "Back to the entry",
        "Revert to this version", "created", "Field", "Before", "After", "how the entry reads in public", "Choose a file",
        "Knowledge-platform text", "dry run", "Curated vocabularies", "Rename to", "Merge into", "New name", "Possible duplicate",
        "Keep the first", "No possible duplicates", "Show", "Links to fix", "Links broken", "Every problem", "Check again now",
        "Invite a user", "E-mail", "Two-factor", "Reset two-factor", "locked out", "Administrator", "Curator", "Contributor",
        "Require two-factor", "Site settings",
    ];

    public static TheoryData<string> Languages => ["fr", "ar"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task AdminPages_InFrenchAndArabic_NoEnglishTextLeftAndLangDirRight(string language)
    {
        var id = await SeedAsync();
        var page = await site.SignedInPageAsync(CatalogueRoles.Administrator);
        string[] paths =
        [
            "/admin", "/admin/entries", "/admin/review", "/admin/entries/new", $"/admin/entries/{id}", $"/admin/entries/{id}/history",
            $"/admin/entries/{id}/preview", "/admin/import", "/admin/taxonomies", "/admin/duplicates", "/admin/links", "/admin/users",
        ];
        var left = new List<string>();
        foreach (var path in paths)
        {
            await AdminSiteFixture.GotoInteractiveAsync(page, $"/{language}{path}");
            await page.WaitForTimeoutAsync(300);
            var text = await page.Locator("main").InnerTextAsync();
            left.AddRange(English.Where(e => text.Contains(e, StringComparison.Ordinal)).Select(e => $"{path}: {e}"));
            var title = await page.TitleAsync();
            if (title.EndsWith("· Admin", StringComparison.Ordinal))
            {
                left.Add($"{path}: title \"{title}\"");
            }

            if (path == "/admin/users")
            {
                await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"users-{language}-desktop"), FullPage = true });
            }

            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
        }

        Assert.Empty(left);
    }

    /// <summary>An entry with a French title, a translation, an edit in its history; returns its id.</summary>
    private async Task<int> SeedAsync()
    {
        var curation = site.App.Services.GetRequiredService<EntryCurationService>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var id = await curation.CreateAsync(AdminSiteFixture.Curator, new EntryEditModel
        {
            Kind = EntryKind.Programme,
            Title = $"Écoles d’accueil {suffix}",
            Summary = "Des écoles qui accueillent les enfants réfugiés.",
            SdgTargets = ["4.1"],
            SourceUrl = "https://example.org/ecoles",
            OriginalLanguage = "fr",
            Translations = [new EntryTranslation { Language = "ar", Title = $"مدارس الاستقبال {suffix}", Summary = "مدارس تستقبل الأطفال اللاجئين." }],
        });
        var loaded = await curation.GetForEditAsync(AdminSiteFixture.Curator, id);
        var edited = loaded.Model.Clone();
        edited.Summary = "Des écoles qui accueillent les enfants réfugiés et leurs familles.";
        await curation.UpdateAsync(AdminSiteFixture.Curator, id, edited, loaded.Model, loaded.Version);
        return id;
    }
}
