using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Tests.Web.Curation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>Desktop (1280) and phone (390) screenshots of the admin, sign-in and suggestion pages, for people to look at.</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class AdminScreenshotTests(AdminSiteFixture site)
{
    [Fact]
    public async Task AdminPages_AtDesktopAndPhoneWidth_RenderOneHeadingAndNoError()
    {
        var id = await SeedAsync();
        var pages = new (string Name, string Path, bool SignedIn)[]
        {
            ("sign-in", "/account/login", false),
            ("suggest", "/suggest", false),
            ("suggest-thanks", "/suggest/thanks", false),
            ("dashboard", "/admin", true),
            ("entries", "/admin/entries", true),
            ("review", "/admin/review", true),
            ("edit", $"/admin/entries/{id}", true),
            ("new-entry", "/admin/entries/new", true),
            ("history", $"/admin/entries/{id}/history", true),
            ("preview", $"/admin/entries/{id}/preview", true),
            ("taxonomies", "/admin/taxonomies", true),
            ("users", "/admin/users", true),
            ("import-1-choose", "/admin/import", true),
            ("duplicates", "/admin/duplicates", true),
        };

        foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            var admin = await site.SignedInPageAsync(CatalogueRoles.Administrator, width);
            var anonymous = await (await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, BaseURL = site.BaseUrl })).NewPageAsync();
            foreach (var (name, path, signedIn) in pages)
            {
                var page = signedIn ? admin : anonymous;
                var response = await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await page.WaitForTimeoutAsync(300);

                Assert.Equal(200, response!.Status);
                Assert.Equal(1, await page.Locator("h1").CountAsync());
                Assert.Equal(0, await page.Locator(".mud-alert-filled-error, .mud-alert-text-error").CountAsync());
                await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"{name}-{suffix}"), FullPage = true });
            }

            await admin.Context.CloseAsync();
            await anonymous.Context.CloseAsync();
        }
    }

    /// <summary>A few entries in every status, one with an edit in its history; returns the edited one.</summary>
    private async Task<int> SeedAsync()
    {
        var curation = site.App.Services.GetRequiredService<EntryCurationService>();
        var curator = TestAccounts.Actor("seed-curator", "curator@example.org", CatalogueRoles.Curator);
        var contributor = TestAccounts.Actor("seed-contributor", "contributor@example.org", CatalogueRoles.Contributor);
        await TestAccounts.AddAsync(site.Database.Factory, curator, contributor);
        var model = new EntryEditModel
        {
            Kind = EntryKind.Programme,
            Title = $"Welcome classes for newly arrived pupils {Guid.NewGuid():N}"[..49],
            Summary = "Intensive language and orientation classes before pupils join a regular class.",
            Description = "## How it works\n\nSix months of **intensive** classes, then a regular class with a mentor.",
            SdgTargets = ["4.1", "4.5"],
            GcmObjectives = [15, 16],
            Countries = ["DE", "AT"],
            Languages = ["de"],
            Keywords = ["Welcome classes", "Language support"],
            SourceUrl = "https://example.org/welcome-classes",
        };
        var id = await curation.CreateAsync(contributor, model);
        var loaded = await curation.GetForEditAsync(curator, id);
        var changed = loaded.Model.Clone();
        changed.Summary = "Intensive language and orientation classes (six months) before pupils join a regular class.";
        changed.Keywords.Add("Mentoring");
        await curation.UpdateAsync(curator, id, changed, loaded.Model, loaded.Version);
        await curation.TransitionCurrentAsync(contributor, id, EntryStatus.InReview);

        var published = await curation.CreateAsync(curator, SignedInClientModel("Teacher training on trauma-informed education"));
        await curation.TransitionCurrentAsync(curator, published, EntryStatus.Published);
        var archived = await curation.CreateAsync(curator, SignedInClientModel("Scholarships for refugee students (closed)"));
        await curation.TransitionCurrentAsync(curator, archived, EntryStatus.Archived);
        await curation.SuggestAsync(new SuggestionModel
        {
            Title = "Homework club run by volunteers", Link = "https://example.org/club", Summary = "Volunteers help pupils with homework.",
            SdgTargets = ["4.1"], Country = "IT", Email = "visitor@example.org",
        });
        return id;
    }

    private static EntryEditModel SignedInClientModel(string title) => AuthorizationMatrixFixture.Model($"{title} {Guid.NewGuid():N}"[..(title.Length + 5)]);
}
