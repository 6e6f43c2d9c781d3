using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>A curator translates an entry in the admin form (issue 17), in Chromium, and the public page of that language shows it.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class EntryTranslationsBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task AddTranslation_FrenchSavedInAdminForm_PublicFrenchPageShowsIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var id = await Curation.CreateAsync(AdminSiteFixture.Curator, new EntryEditModel
        {
            Kind = EntryKind.Programme,
            Title = $"Language classes for newly arrived pupils {suffix}",
            Summary = "Classes that teach the school language to newly arrived children.",
            SdgTargets = ["4.1"],
            SourceUrl = "https://example.org/language-classes",
            OriginalLanguage = "en",
        });
        await Curation.TransitionCurrentAsync(AdminSiteFixture.Curator, id, EntryStatus.Published);
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(page, $"/fr/admin/entries/{id}");

        // French is offered first (English is the original); Arabic is picked from the list.
        await page.ClickAsync("#translation-add");
        var french = page.Locator("#entry-translations fieldset[data-language='fr']");
        await french.Locator("input[data-field='title'], [data-field='title'] input").First.FillAsync($"Cours de langue pour les élèves nouvellement arrivés {suffix}");
        await french.Locator("textarea").First.FillAsync("Des cours qui enseignent la langue de l’école aux enfants nouvellement arrivés.");
        await page.Locator("#translation-language").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "arabe", Exact = true }).ClickAsync();
        // The option's click is a round trip to the circuit: "Add" is clicked only once the choice has come back.
        await Assertions.Expect(page.Locator("#translation-language")).ToHaveValueAsync("arabe", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#translation-language")).ToHaveAttributeAsync("aria-expanded", "false");
        await page.ClickAsync("#translation-add");
        var arabic = page.Locator("#entry-translations fieldset[data-language='ar']");
        await Assertions.Expect(arabic).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await arabic.Locator("input").First.FillAsync($"دروس اللغة للتلاميذ الوافدين حديثًا {suffix}");
        var directions = await page.EvalOnSelectorAllAsync<string[]>("#entry-translations fieldset input:not([type=hidden]), #entry-translations fieldset textarea",
            "els => els.map(e => e.closest('fieldset').dataset.language + ':' + e.getAttribute('lang') + ':' + e.getAttribute('dir'))");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Enregistré.");

        var slug = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, id)).Model.Slug;
        var frenchPage = await (await page.APIRequest.GetAsync($"/fr/entries/{slug}")).TextAsync();
        var arabicPage = await (await page.APIRequest.GetAsync($"/ar/entries/{slug}")).TextAsync();

        Assert.Equal(["fr:fr:ltr", "fr:fr:ltr", "fr:fr:ltr", "ar:ar:rtl", "ar:ar:rtl", "ar:ar:rtl"], directions);
        Assert.Contains($"Cours de langue pour les élèves nouvellement arrivés {suffix}", frenchPage, StringComparison.Ordinal);
        Assert.Contains($"دروس اللغة للتلاميذ الوافدين حديثًا {suffix}", arabicPage, StringComparison.Ordinal);
    }

    private EntryCurationService Curation => site.App.Services.GetRequiredService<EntryCurationService>();
}
