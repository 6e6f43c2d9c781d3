using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>
/// Admin tabs that were opened before something changed (issue 15, items 1, 3 and 4): the account lost its rights, a
/// colleague saved the same entry, or the entry changed before it was published.
/// </summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class StalePageBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task Publish_InATabOpenedBeforeTheCuratorWasDemoted_IsRefusedWithAMessage()
    {
        // The click must come before the tab's own revalidation (every 10 s here) replaces the page; on a busy machine
        // it sometimes does not, and then the scenario is tried again with a fresh tab.
        IPage curator;
        int id;
        var attempt = 0;
        while (true)
        {
            (curator, id) = await EntryOpenedByCuratorWhoIsThenDemotedAsync($"Maths clubs for newly arrived pupils {++attempt}");
            var publish = curator.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true });
            if (await publish.IsVisibleAsync() || attempt == 3)
            {
                await publish.ClickAsync();
                break;
            }

            await curator.Context.CloseAsync();
        }

        await Assertions.Expect(curator.GetByText(AccountState.SignInAgain)).ToBeVisibleAsync();
        Assert.Equal(EntryStatus.InReview, (await Curation.GetForEditAsync(AdminSiteFixture.Curator, id)).Status);
    }

    [Fact]
    public async Task OpenTab_AfterTheUserWasDemoted_AsksToSignInAgainWithinTheRevalidationInterval()
    {
        var (curator, _) = await EntryOpenedByCuratorWhoIsThenDemotedAsync("Sports afternoons for refugee youth");

        await Assertions.Expect(curator.GetByRole(AriaRole.Heading, new() { Name = "Sign in again" }))
            .ToBeVisibleAsync(new() { Timeout = (AdminAppFactory.RevalidationSeconds * 2 + 5) * 1000 });
        Assert.Equal(0, await curator.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).CountAsync());
    }

    [Fact]
    public async Task Publish_AfterTheContributorChangedTheTitle_IsRefusedShowingTheChange()
    {
        var id = await InReviewAsync("Reading buddies in primary schools");
        var curator = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(curator, $"/admin/entries/{id}");

        var seen = await Curation.GetForEditAsync(AdminSiteFixture.Contributor, id);
        var changed = seen.Model.Clone();
        changed.Title = "Reading buddies in primary schools (fee: 40 EUR a month)";
        await Curation.UpdateAsync(AdminSiteFixture.Contributor, id, changed, seen.Model, seen.Version);
        await curator.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        var warning = curator.Locator(".mud-alert").Filter(new() { HasText = "The entry changed since you opened it" });
        await Assertions.Expect(warning).ToContainTextAsync("it was not published");
        await Assertions.Expect(warning).ToContainTextAsync("(fee: 40 EUR a month)");
        await ScreenshotsAsync(curator, "publish-refused-stale");
        Assert.Equal(EntryStatus.InReview, (await Curation.GetForEditAsync(AdminSiteFixture.Curator, id)).Status);
    }

    [Fact]
    public async Task SaveMineWithTheirChanges_TheyChangedAnotherField_KeepsTheirChangeAndMine()
    {
        var id = await Curation.CreateAsync(AdminSiteFixture.Curator, Model("Evening classes for parents"));
        var (first, second) = await TwoEditorsAsync(id);

        await first.GetByLabel("Summary (plain text)").FillAsync("Weekly evening classes where parents practise the language of the school.");
        await SaveAsync(first, expectSaved: true);
        await second.GetByLabel("Title", new() { Exact = true }).FillAsync("Evening classes for parents and carers");
        await SaveAsync(second, expectSaved: false);
        await second.GetByRole(AriaRole.Button, new() { Name = "Save mine with their changes" }).ClickAsync();

        await Assertions.Expect(second.Locator("#save-status")).ToHaveTextAsync("Saved.");
        var stored = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, id)).Model;
        Assert.Equal("Evening classes for parents and carers", stored.Title);
        Assert.Equal("Weekly evening classes where parents practise the language of the school.", stored.Summary);
    }

    [Fact]
    public async Task SaveMineWithTheirChanges_BothChangedTheTitle_ShowsBothValuesAndKeepsTheChosenOne()
    {
        var id = await Curation.CreateAsync(AdminSiteFixture.Curator, Model("Summer school for newcomers"));
        var (first, second) = await TwoEditorsAsync(id);

        await first.GetByLabel("Title", new() { Exact = true }).FillAsync("Summer language school for newcomers");
        await SaveAsync(first, expectSaved: true);
        await second.GetByLabel("Title", new() { Exact = true }).FillAsync("Summer school for newly arrived children");
        await second.GetByLabel("Lessons learned").FillAsync("Small groups worked better than large ones.");
        await SaveAsync(second, expectSaved: false);

        var choice = second.Locator("fieldset.merge-choice[data-field=Title]");
        await Assertions.Expect(choice).ToContainTextAsync("Mine: Summer school for newly arrived children");
        await Assertions.Expect(choice).ToContainTextAsync("Theirs: Summer language school for newcomers");
        var save = second.GetByRole(AriaRole.Button, new() { Name = "Save mine with their changes" });
        await Assertions.Expect(save).ToBeDisabledAsync();
        await ScreenshotsAsync(second, "edit-conflict-choose");
        await choice.GetByText("Theirs: Summer language school for newcomers").ClickAsync();
        await save.ClickAsync();

        await Assertions.Expect(second.Locator("#save-status")).ToHaveTextAsync("Saved.");
        var stored = (await Curation.GetForEditAsync(AdminSiteFixture.Curator, id)).Model;
        Assert.Equal("Summer language school for newcomers", stored.Title);
        Assert.Equal("Small groups worked better than large ones.", stored.LessonsLearned);
    }

    /// <summary>The page at desktop width and at phone width (390 px), then back to desktop.</summary>
    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"{name}-desktop"), FullPage = true });
        await page.SetViewportSizeAsync(390, 900);
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"{name}-phone"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }

    private EntryCurationService Curation => site.App.Services.GetRequiredService<EntryCurationService>();

    private static EntryEditModel Model(string title) => new()
    {
        Kind = EntryKind.Programme,
        Title = title,
        Summary = "Classes and mentoring that help newly arrived families settle into school life.",
        SdgTargets = ["4.5"],
        SourceUrl = "https://example.org/mentoring",
    };

    private async Task<int> InReviewAsync(string title)
    {
        var id = await Curation.CreateAsync(AdminSiteFixture.Contributor, Model($"{title} {Guid.NewGuid():N}"[..(title.Length + 5)]));
        await Curation.TransitionCurrentAsync(AdminSiteFixture.Contributor, id, EntryStatus.InReview);
        return id;
    }

    /// <summary>A curator opens an entry in review; right after the tab is live, an administrator makes them a contributor.</summary>
    private async Task<(IPage Tab, int EntryId)> EntryOpenedByCuratorWhoIsThenDemotedAsync(string title)
    {
        var id = await InReviewAsync(title);
        var (curator, email) = await site.SignedInUserAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(curator, $"/admin/entries/{id}");
        var user = await TestAccounts.OfEmailAsync(site.Database.Factory, email);
        await site.App.Services.GetRequiredService<UserAdministrationService>()
            .SetRolesAsync(AdminSiteFixture.Administrator, user.UserId, [CatalogueRoles.Contributor], null);
        return (curator, id);
    }

    private async Task<(IPage First, IPage Second)> TwoEditorsAsync(int id)
    {
        var first = await site.SignedInPageAsync(CatalogueRoles.Curator);
        var second = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await AdminSiteFixture.GotoInteractiveAsync(first, $"/admin/entries/{id}");
        await AdminSiteFixture.GotoInteractiveAsync(second, $"/admin/entries/{id}");
        return (first, second);
    }

    private static async Task SaveAsync(IPage page, bool expectSaved)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var status = page.Locator("#save-status");
        if (expectSaved)
        {
            await Assertions.Expect(status).ToHaveTextAsync("Saved.");
        }
        else
        {
            await Assertions.Expect(status).ToContainTextAsync("Nothing was saved: someone else saved this entry");
        }
    }
}
