using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

/// <summary>No edit is lost and nothing is published unseen (issue 15, items 3 and 4).</summary>
[Trait("Category", TestCategory.Database)]
public sealed class StaleEditTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly EntryCurationService service = new(fixture.Database.Factory);

    [Fact]
    public async Task Publish_AfterTheContributorChangedTheTitle_IsRefusedWithTheChangeAndPublishesNothing()
    {
        var id = await service.CreateAsync(Contributor, Model("Reading circles for parents"));
        await service.TransitionCurrentAsync(Contributor, id, EntryStatus.InReview);
        var curatorSaw = await service.GetForEditAsync(Curator, id);
        var edited = curatorSaw.Model.Clone();
        edited.Title = "Reading circles for parents (now with a paid course)";
        await service.UpdateAsync(Contributor, id, edited, curatorSaw.Model, curatorSaw.Version);

        var result = await service.TransitionAsync(Curator, id, EntryStatus.Published, curatorSaw.Version, curatorSaw.Model);

        Assert.False(result.Saved);
        var change = Assert.Single(result.ConflictingChanges);
        Assert.Equal(("Title", "Reading circles for parents", "Reading circles for parents (now with a paid course)"), (change.Field, change.Old, change.New));
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(EntryStatus.InReview, await db.Entries.Where(e => e.Id == id).Select(e => e.Status).SingleAsync());
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_ReturnsTheirVersionToMergeWith()
    {
        var id = await service.CreateAsync(Curator, Model("Homework help in libraries"));
        var seen = await service.GetForEditAsync(Curator, id);
        var theirs = seen.Model.Clone();
        theirs.Summary = "Librarians and volunteers help pupils with homework on weekday afternoons.";
        await service.UpdateAsync(Admin, id, theirs, seen.Model, seen.Version);
        var mine = seen.Model.Clone();
        mine.Title = "Homework help in public libraries";

        var refused = await service.UpdateAsync(Curator, id, mine, seen.Model, seen.Version);
        var merged = EntryEditModel.Merge(seen.Model, mine, refused.Current!, new HashSet<string>());
        var saved = await service.UpdateAsync(Curator, id, merged, refused.Current!, refused.Version);

        Assert.False(refused.Saved);
        Assert.True(saved.Saved);
        var stored = (await service.GetForEditAsync(Curator, id)).Model;
        Assert.Equal(("Homework help in public libraries", theirs.Summary), (stored.Title, stored.Summary));
    }

    [Fact]
    public void Merge_BothChangedOneField_ListsBothValuesAndKeepsTheChosenOne()
    {
        var seen = Model("Evening classes", "Parents");
        var mine = seen.Clone();
        (mine.Title, mine.Keywords) = ("Evening classes for parents", ["Parents", "Language"]);
        var theirs = seen.Clone();
        (theirs.Title, theirs.Summary) = ("Evening language classes", "Weekly classes in the school building.");

        var conflict = Assert.Single(EntryEditModel.Conflicts(seen, mine, theirs));
        var keepTheirs = EntryEditModel.Merge(seen, mine, theirs, new HashSet<string>());
        var keepMine = EntryEditModel.Merge(seen, mine, theirs, new HashSet<string> { "Title" });

        Assert.Equal(new FieldConflict("Title", "Evening classes for parents", "Evening language classes"), conflict);
        Assert.Equal(("Evening language classes", theirs.Summary, "Parents; Language"), (keepTheirs.Title, keepTheirs.Summary, string.Join("; ", keepTheirs.Keywords)));
        Assert.Equal(("Evening classes for parents", theirs.Summary, "Parents; Language"), (keepMine.Title, keepMine.Summary, string.Join("; ", keepMine.Keywords)));
    }
}
