using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

/// <summary>What a contributor sees of other people's work in the admin area (issue 15, item 5): published entries only.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class AdminVisibilityTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly EntryCurationService service = new(fixture.Database.Factory);

    [Fact]
    public async Task FindSimilarTitles_ByContributor_ShowsPublishedAndOwnEntriesButNotOtherPeoplesDrafts()
    {
        var othersDraft = await service.CreateAsync(OtherContributor, Model("Bridging classes for refugee teenagers in Lisbon"));
        var othersInReview = await service.CreateAsync(OtherContributor, Model("Bridging classes for refugee teenagers in Porto"));
        await service.TransitionCurrentAsync(OtherContributor, othersInReview, EntryStatus.InReview);
        var published = await service.CreateAsync(Curator, Model("Bridging classes for refugee teenagers in Faro"));
        await service.TransitionCurrentAsync(Curator, published, EntryStatus.Published);
        var own = await service.CreateAsync(Contributor, Model("Bridging classes for refugee teenagers in Braga"));

        var forContributor = (await service.FindSimilarTitlesAsync(Contributor, "Bridging classes for refugee teenagers", null)).Select(d => d.Id).ToList();
        var forCurator = (await service.FindSimilarTitlesAsync(Curator, "Bridging classes for refugee teenagers", null)).Select(d => d.Id).ToList();

        Assert.Equal(new[] { own, published }.Order(), forContributor.Order());
        Assert.Equal(new[] { othersDraft, othersInReview, published, own }.Order(), forCurator.Order());
    }

    [Fact]
    public async Task Editors_ForContributor_ListsWhoUpdatedTheirEntriesNotEveryAccount()
    {
        var queries = new EntryAdminQueries(fixture.Database.Factory);
        var own = await service.CreateAsync(Contributor, Model("Homework cafés for newcomers"));
        var seen = await service.GetForEditAsync(Curator, own);
        var edited = seen.Model.Clone();
        edited.Summary = "Volunteers run homework cafés in three libraries.";
        await service.UpdateAsync(Curator, own, edited, seen.Model, seen.Version);
        await service.CreateAsync(OtherContributor, Model("Parent mentoring in Leipzig"));

        var forContributor = (await queries.EditorsAsync(Contributor)).Select(e => e.Name).ToList();
        var forCurator = (await queries.EditorsAsync(Curator)).Select(e => e.Name).ToList();

        Assert.Equal([Curator.UserName], forContributor);
        Assert.Contains(OtherContributor.UserName, forCurator);
        Assert.DoesNotContain(Admin.UserName, forCurator);
    }
}
