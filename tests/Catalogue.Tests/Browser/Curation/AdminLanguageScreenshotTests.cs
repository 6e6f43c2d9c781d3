using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>The edit page (with its translations panel) and the import page in French and Arabic at 1280 and 390 px, for people to look at.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class AdminLanguageScreenshotTests(AdminSiteFixture site)
{
    [Fact]
    public async Task EditAndImportPages_InFrenchAndArabicAtDesktopAndPhoneWidth_RenderWithoutHorizontalOverflow()
    {
        var curation = site.App.Services.GetRequiredService<EntryCurationService>();
        var id = await curation.CreateAsync(AdminSiteFixture.Curator, new EntryEditModel
        {
            Kind = EntryKind.Programme,
            Title = "Welcome classes for refugee pupils",
            Summary = "Classes that prepare newly arrived refugee pupils for regular school.",
            SdgTargets = ["4.1"],
            SourceUrl = "https://example.org/welcome-classes",
            OriginalLanguage = "en",
            Translations =
            [
                new EntryTranslation { Language = "ar", Title = "صفوف استقبال للتلاميذ اللاجئين", Summary = "صفوف تُعِدّ التلاميذ اللاجئين الوافدين حديثًا للالتحاق بالمدرسة العادية." },
                new EntryTranslation { Language = "fr", Title = "Classes d’accueil pour élèves réfugiés", Summary = "Des classes qui préparent les élèves réfugiés à l’école ordinaire." },
            ],
        });
        var overflowing = new List<string>();
        foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            var page = await site.SignedInPageAsync(CatalogueRoles.Curator, width);
            foreach (var language in new[] { "fr", "ar" })
            {
                foreach (var (name, path) in new[] { ("edit", $"/admin/entries/{id}"), ("import", "/admin/import") })
                {
                    await AdminSiteFixture.GotoInteractiveAsync(page, $"/{language}{path}");
                    await page.WaitForTimeoutAsync(300);
                    // The elements sticking out of the page, named, so a failure says where to look.
                    var outside = await page.EvaluateAsync<string[]>("""
                        () => { const w = document.documentElement.clientWidth; if (document.documentElement.scrollWidth <= w + 1) return [];
                          return [...document.querySelectorAll('main *')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > w + 1 || r.left < -1); })
                            .slice(0, 5).map(e => e.tagName + '.' + e.className); }
                        """);
                    overflowing.AddRange(outside.Select(e => $"{language}{path} at {width}: {e}"));

                    await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"admin-{name}-{language}-{suffix}"), FullPage = true });
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.Empty(overflowing);
    }
}
