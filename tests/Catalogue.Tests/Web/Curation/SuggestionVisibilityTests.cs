using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

[Trait("Category", TestCategory.Database)]
public sealed class SuggestionVisibilityTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Suggest_ThroughThePublicForm_InvisibleEverywhereUntilACuratorPublishes()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var visitor = SignedInClient.NewClient(app);
        var word = $"zq{Guid.NewGuid():N}"[..12];
        var title = $"Saturday school for newcomers {word}";

        var posted = await visitor.PostAsync("/suggest", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "suggest",
            ["__RequestVerificationToken"] = await SignedInClient.AntiforgeryTokenAsync(visitor, "/suggest"),
            ["Input.Title"] = title,
            ["Input.Link"] = "https://example.org/saturday-school",
            ["Input.Summary"] = "Volunteer teachers run Saturday lessons for newly arrived pupils.",
            ["Input.Country"] = "PT",
            ["Input.Email"] = "visitor@example.org",
            ["sdg"] = "4.1",
        }));
        await using var db = fixture.Database.CreateContext();
        var entry = await db.Entries.AsNoTracking().SingleAsync(e => e.Title == title);
        var before = await PublicViewsAsync(visitor, entry.Slug, word);

        using (var scope = app.Services.CreateScope())
        {
            var curator = TestAccounts.Actor("u-curator", "curator@example.org", CatalogueRoles.Curator);
            await TestAccounts.AddAsync(fixture.Database.Factory, curator);
            await scope.ServiceProvider.GetRequiredService<EntryCurationService>().TransitionCurrentAsync(curator, entry.Id, EntryStatus.Published);
        }

        var after = await PublicViewsAsync(visitor, entry.Slug, word);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/suggest/thanks", posted.Headers.Location!.PathOf());
        Assert.True(entry.IsSuggested);
        Assert.Equal(EntryStatus.Draft, entry.Status);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, false), before);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, true), after);
    }

    /// <summary>The entry page, the open-data API and a catalogue search for the entry's unique word.</summary>
    private static async Task<(HttpStatusCode Page, HttpStatusCode Api, bool InSearch)> PublicViewsAsync(HttpClient client, string slug, string word)
    {
        var page = await client.GetAsync($"/entries/{slug}");
        var api = await client.GetAsync($"/api/v1/entries/{slug}");
        var search = await client.GetStringAsync($"/catalogue?q={word}");
        return (page.StatusCode, api.StatusCode, search.Contains($"/entries/{slug}", StringComparison.Ordinal));
    }
}
