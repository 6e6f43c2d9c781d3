using System.Text.RegularExpressions;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>
/// What a curator does in the admin area, done in Chromium through the interactive pages: the review workflow across
/// roles, a conflicting save, revert from history, and a keyword merge.
/// </summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed partial class EntryCurationBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task Workflow_ContributorCreatesAndSubmitsCuratorPublishes_EntryIsPublicOnlyAfterPublishing()
    {
        var title = $"Homework club for newcomers {Guid.NewGuid():N}"[..40];
        var contributor = await site.SignedInPageAsync(CatalogueRoles.Contributor);
        await GotoInteractiveAsync(contributor, "/admin/entries/new");
        await contributor.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await contributor.GetByLabel("Summary (plain text)").FillAsync("Volunteers help newly arrived pupils with homework after school.");
        await contributor.GetByLabel("Source link").FillAsync("https://example.org/homework-club");
        await PickAsync(contributor, "Add: SDG 4 targets", "4.1");
        await Assertions.Expect(contributor.GetByLabel("Add: SDG 4 targets")).ToHaveValueAsync("");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(contributor).ToHaveURLAsync(EditUrl());
        var id = int.Parse(EditUrl().Match(contributor.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(Status(contributor)).ToHaveTextAsync("Draft");
        Assert.Equal(0, await contributor.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).CountAsync());
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(Status(contributor)).ToHaveTextAsync("In review");
        var slug = (await Curation.GetForEditAsync(Curator, id)).Model.Slug;
        var publicWhileInReview = await contributor.APIRequest.GetAsync($"/entries/{slug}");

        var curator = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await GotoInteractiveAsync(curator, "/admin/review");
        await curator.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(curator).ToHaveURLAsync(EditUrl());
        await Assertions.Expect(curator.Locator(".term-chip")).ToContainTextAsync("4.1 By 2030, ensure that all girls and boys");
        await curator.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(Status(curator)).ToHaveTextAsync("Published");
        await curator.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("workflow-published-desktop"), FullPage = true });
        var publicPage = await curator.APIRequest.GetAsync($"/entries/{slug}");

        Assert.Equal(404, publicWhileInReview.Status);
        Assert.Equal(200, publicPage.Status);
        Assert.Contains(title, await publicPage.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_ShowsTheirChangeSavesNothingAndReloadShowsTheirs()
    {
        var id = await Curation.CreateAsync(Curator, Model("Evening classes for parents"));
        var first = await site.SignedInPageAsync(CatalogueRoles.Curator);
        var second = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await GotoInteractiveAsync(first, $"/admin/entries/{id}");
        await GotoInteractiveAsync(second, $"/admin/entries/{id}");

        await first.GetByLabel("Summary (plain text)").FillAsync("Weekly evening classes where parents practise the language of their children's school.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(first.Locator("#save-status")).ToHaveTextAsync("Saved.");
        await second.GetByLabel("Title", new() { Exact = true }).FillAsync("Evening classes for parents and carers");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var conflict = second.Locator(".mud-alert").Filter(new() { HasText = "Someone else saved this entry" });
        await Assertions.Expect(conflict).ToContainTextAsync("Weekly evening classes where parents practise");
        await Assertions.Expect(second.Locator("#save-status")).ToContainTextAsync("Nothing was saved: someone else saved this entry");
        await second.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("edit-conflict-desktop"), FullPage = true });
        var stored = (await Curation.GetForEditAsync(Curator, id)).Model;
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Reload their version (discard mine)" }).ClickAsync();

        Assert.Equal("Evening classes for parents", stored.Title);
        await Assertions.Expect(second.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Evening classes for parents");
        await Assertions.Expect(second.GetByLabel("Summary (plain text)")).ToHaveValueAsync(stored.Summary);
        Assert.Equal(0, await conflict.CountAsync());
    }

    [Fact]
    public async Task RevertToThisVersion_OnHistoryPage_RestoresTheEarlierTitleAsANewVersion()
    {
        var id = await Curation.CreateAsync(Curator, Model("Mentoring for refugee teachers"));
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await GotoInteractiveAsync(page, $"/admin/entries/{id}");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Mentoring for refugee and migrant teachers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved.");

        await GotoInteractiveAsync(page, $"/admin/entries/{id}/history");
        var edit = page.Locator(".mud-paper").Filter(new() { HasText = "Version 2" });
        await Assertions.Expect(edit).ToContainTextAsync("Mentoring for refugee and migrant teachers");
        await page.Locator(".mud-paper").Filter(new() { HasText = "Version 1" })
            .GetByRole(AriaRole.Button, new() { Name = "Revert to this version" }).ClickAsync();
        await Assertions.Expect(page.Locator("#revert-confirmation")).ToContainTextAsync("Revert to version 1?");
        Assert.Equal("Mentoring for refugee and migrant teachers", (await Curation.GetForEditAsync(Curator, id)).Model.Title);
        await page.ClickAsync("#revert-confirm");

        await Assertions.Expect(page.GetByText("Reverted to version 1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-paper").Filter(new() { HasText = "Version 3" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("history-reverted-desktop"), FullPage = true });
        Assert.Equal("Mentoring for refugee teachers", (await Curation.GetForEditAsync(Curator, id)).Model.Title);
    }

    [Fact]
    public async Task Merge_KeywordIntoAnother_RepointsItsEntriesAndRemovesIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (from, into) = ($"Homework help {suffix}", $"Homework support {suffix}");
        var tagged = await Curation.CreateAsync(Curator, Model("Homework help in libraries", keywords: [from]));
        await Curation.CreateAsync(Curator, Model("Homework support at school", keywords: [into]));
        var page = await site.SignedInPageAsync(CatalogueRoles.Administrator);
        await GotoInteractiveAsync(page, "/admin/taxonomies");
        await page.GetByLabel("Filter").FillAsync(suffix);
        var row = page.Locator("tr").Filter(new() { HasText = from });
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);

        await row.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = into }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        await Assertions.Expect(page.GetByText($"Merged \"{from}\"")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody tr")).ToContainTextAsync(into);
        await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath("taxonomies-merged-desktop"), FullPage = true });
        Assert.Equal(new[] { into }, (await Curation.GetForEditAsync(Curator, tagged)).Model.Keywords);
    }

    [Fact]
    public async Task CreateNewKeyword_CloseToAnExistingOne_WarnsAndNamesTheExistingOne()
    {
        var existing = $"Language support {Guid.NewGuid().ToString("N")[..4]}";
        await Curation.CreateAsync(Curator, Model("Language support in reception classes", keywords: [existing]));
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await GotoInteractiveAsync(page, "/admin/entries/new");

        var typo = existing.Replace("support", "suport", StringComparison.Ordinal);
        await PickAsync(page, "Add: Keywords", $"Create new: {typo}");

        await Assertions.Expect(page.GetByText($"\"{typo}\" is new; similar existing: {existing}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".term-chip")).ToHaveTextAsync(typo);
        await Assertions.Expect(page.GetByLabel("Add: Keywords")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Open_CopyOfAnExistingEntry_WarnsOfSimilarTitlesAtOnce()
    {
        var title = $"Summer school on migration law {Guid.NewGuid():N}"[..40];
        await Curation.CreateAsync(Curator, Model(title));
        var copy = await Curation.CreateAsync(Curator, Model(title + " (copy)"));
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);

        await GotoInteractiveAsync(page, $"/admin/entries/{copy}");

        await Assertions.Expect(page.GetByText("Similar titles exist:")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Save_OverLongExternalIdentifier_ShowsAFieldMessageAndTheTabKeepsWorking()
    {
        var id = await Curation.CreateAsync(Curator, Model("Language cafés for adult learners"));
        var page = await site.SignedInPageAsync(CatalogueRoles.Curator);
        await GotoInteractiveAsync(page, $"/admin/entries/{id}");

        await page.GetByLabel("External identifier").FillAsync(new string('x', 201));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("This field can have at most 200 characters (now 201).", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("External identifier").FillAsync("LC-2026-07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved.");
        Assert.Equal("LC-2026-07", (await Curation.GetForEditAsync(Curator, id)).Model.ExternalId);
    }

    private EntryCurationService Curation => site.App.Services.GetRequiredService<EntryCurationService>();

    private static CurationActor Curator => AdminSiteFixture.Curator;

    private static EntryEditModel Model(string title, List<string>? keywords = null) => new()
    {
        Kind = EntryKind.Programme,
        Title = title,
        Summary = "Classes and mentoring that help newly arrived families settle into school life.",
        SdgTargets = ["4.5"],
        SourceUrl = "https://example.org/mentoring",
        Keywords = keywords ?? [],
    };

    private static ILocator Status(IPage page) => page.Locator(".mud-chip").First;

    [GeneratedRegex(@"/admin/entries/(\d+)$")]
    private static partial Regex EditUrl();

    /// <summary>Types into a picker and chooses the first option whose text contains <paramref name="option"/>.</summary>
    private static async Task PickAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).FillAsync(option.Replace("Create new: ", "", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = option }).First.ClickAsync();
    }

    private static Task GotoInteractiveAsync(IPage page, string path) => AdminSiteFixture.GotoInteractiveAsync(page, path);
}
