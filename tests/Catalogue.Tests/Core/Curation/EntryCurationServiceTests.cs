using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

[Trait("Category", TestCategory.Database)]
public sealed class EntryCurationServiceTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly EntryCurationService service = new(fixture.Database.Factory);

    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    [Fact]
    public async Task Workflow_ContributorSubmitsCuratorPublishesAndArchives_StatusesFollow()
    {
        var id = await service.CreateAsync(Contributor, Model(Unique("Workflow school access")));

        await service.TransitionCurrentAsync(Contributor, id, EntryStatus.InReview);
        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.TransitionCurrentAsync(Contributor, id, EntryStatus.Published));
        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Published);
        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.TransitionCurrentAsync(Contributor, id, EntryStatus.Archived));
        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Archived);
        var archived = await service.GetForEditAsync(Curator, id);
        await service.TransitionCurrentAsync(Admin, id, EntryStatus.Draft);

        Assert.Equal(EntryStatus.Archived, archived.Status);
        Assert.Equal(EntryStatus.Draft, (await service.GetForEditAsync(Curator, id)).Status);
    }

    [Fact]
    public async Task UpdateAsync_TypedLinkPickedByTitle_IsStoredShownFromBothSidesAndKeptInHistory()
    {
        var reportTitle = Unique("Assessment report of school programmes");
        var report = await service.CreateAsync(Curator, Model(reportTitle));
        var programmeModel = Model(Unique("Programme known from the report"));
        programmeModel.SourceUrl = null;
        var programme = await service.CreateAsync(Curator, programmeModel);
        var target = Assert.Single(await service.SearchLinkTargetsAsync(Curator, reportTitle[..30], programme));
        var loaded = await service.GetForEditAsync(Curator, programme);
        var changed = loaded.Model.Clone();
        changed.Links.Add(new EntryLink(RelationType.DescribedIn, target.Slug, "section 5.1 (a)"));

        var result = await service.UpdateAsync(Curator, programme, changed, loaded.Model, loaded.Version);
        await service.TransitionCurrentAsync(Curator, programme, EntryStatus.Published);
        var fromProgramme = Assert.Single(await service.GetLinksAsync(Curator, programme));
        var fromReport = Assert.Single(await service.GetLinksAsync(Curator, report));
        var history = await service.GetHistoryAsync(Curator, programme);
        // Going back to the version without the link would leave the published entry without a source.
        var publishedVersion = (await service.GetForEditAsync(Curator, programme)).Version;
        var revert = await Assert.ThrowsAsync<CurationValidationException>(() => service.RevertAsync(Curator, programme, 1, publishedVersion));

        Assert.True(result.Saved);
        Assert.Equal(("Described in", target.Slug, "section 5.1 (a)", true), (fromProgramme.Label, fromProgramme.Slug, fromProgramme.Note, fromProgramme.Outgoing));
        Assert.Equal(("Describes", programme, false), (fromReport.Label, fromReport.EntryId, fromReport.Outgoing));
        var linkChange = Assert.Single(history.Single(r => r.Action == "updated").Changes, c => c.Field == nameof(EntryEditModel.Links));
        Assert.Equal($"Described in {target.Slug} (section 5.1 (a))", linkChange.New);
        Assert.Equal(EntryRules.SourceRequired, revert.Errors[nameof(EntryEditModel.SourceUrl)]);
        Assert.Single((await service.GetForEditAsync(Curator, programme)).Model.Links);
    }

    [Fact]
    public async Task UpdateAsync_ContributorLinksToSomeoneElsesDraft_IsRefusedAsUnknown()
    {
        var draft = await service.CreateAsync(Curator, Model(Unique("Curator draft not for contributors")));
        var draftSlug = (await service.GetForEditAsync(Curator, draft)).Model.Slug;
        var own = await service.CreateAsync(Contributor, Model(Unique("Contributor entry with a link")));
        var loaded = await service.GetForEditAsync(Contributor, own);
        var changed = loaded.Model.Clone();
        changed.Links.Add(new EntryLink(RelationType.RelatedTo, draftSlug));

        var error = await Assert.ThrowsAsync<CurationValidationException>(() => service.UpdateAsync(Contributor, own, changed, loaded.Model, loaded.Version));

        Assert.Contains($"no entry has the slug \"{draftSlug}\"", error.Errors[nameof(EntryEditModel.Links)]);
        Assert.Empty(await service.SearchLinkTargetsAsync(Contributor, "Curator draft not for", own));
    }

    [Fact]
    public async Task MergeAsync_PossibleDuplicatePair_MovesLinksKeepsHistoryAndRedirectsRetiredSlug()
    {
        var title = Unique("Language cafés for newly arrived adults in Porto");
        var survivor = await service.CreateAsync(Curator, Model(title));
        var retired = await service.CreateAsync(Curator, Model(title + " (copy)"));
        var other = await service.CreateAsync(Curator, Model(Unique("Evaluation of adult language cafés")));
        var otherSlug = (await service.GetForEditAsync(Curator, other)).Model.Slug;
        var retiredSeen = await service.GetForEditAsync(Curator, retired);
        var linked = retiredSeen.Model.Clone();
        linked.Links.Add(new EntryLink(RelationType.RelatedTo, otherSlug));
        await service.UpdateAsync(Curator, retired, linked, retiredSeen.Model, retiredSeen.Version);
        var pairs = await service.FindDuplicatePairsAsync(Curator);
        var survivorSeen = await service.GetForEditAsync(Curator, survivor);
        retiredSeen = await service.GetForEditAsync(Curator, retired);

        await Assert.ThrowsAsync<CurationForbiddenException>(() =>
            service.MergeAsync(Contributor, survivor, survivorSeen.Version, retired, retiredSeen.Version));
        await service.MergeAsync(Curator, survivor, survivorSeen.Version, retired, retiredSeen.Version);

        Assert.Contains(pairs, p => p.FirstId == survivor && p.SecondId == retired);
        await Assert.ThrowsAsync<CurationNotFoundException>(() => service.GetForEditAsync(Curator, retired));
        var links = await service.GetLinksAsync(Curator, survivor);
        Assert.Contains(links, l => l.Outgoing && l.EntryId == other && l.Type == RelationType.RelatedTo);
        var history = await service.GetHistoryAsync(Curator, survivor);
        Assert.Equal(EntryCurationService.MergedAction, history[0].Action);
        Assert.Contains(retiredSeen.Model.Slug, history[0].Changes.Single().Old);
        Assert.Equal("created", history[^1].Action);
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(survivor, (await db.SlugRedirects.SingleAsync(r => r.OldSlug == retiredSeen.Model.Slug)).EntryId);
        Assert.Equal("merged into another entry",
            (await db.EntryRevisions.Where(r => r.EntryId == retired).OrderByDescending(r => r.RevisionNumber).FirstAsync()).Action);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EventType == AuditLog.EntriesMerged && a.Details!.Contains(retiredSeen.Model.Slug)));
    }

    [Fact]
    public async Task TransitionAsync_PublishWithoutSource_IsRefusedWithTheRule()
    {
        var model = Model(Unique("Sourceless school access"));
        model.SourceUrl = null;
        var id = await service.CreateAsync(Curator, model);

        var error = await Assert.ThrowsAsync<CurationValidationException>(() => service.TransitionCurrentAsync(Curator, id, EntryStatus.Published));

        Assert.Equal(EntryRules.SourceRequired, error.Errors[nameof(EntryEditModel.SourceUrl)]);
        Assert.Equal(EntryStatus.Draft, (await service.GetForEditAsync(Curator, id)).Status);
    }

    [Fact]
    public async Task TransitionAsync_PublishTwice_KeepsFirstPublicationDate()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("First publication date")));
        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Published);
        await using var db = fixture.Database.CreateContext();
        var first = (await db.Entries.AsNoTracking().SingleAsync(e => e.Id == id)).PublishedAt;

        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Draft);
        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Published);

        Assert.NotNull(first);
        Assert.Equal(first, (await db.Entries.AsNoTracking().SingleAsync(e => e.Id == id)).PublishedAt);
    }

    [Theory]
    [InlineData(EntryStatus.Draft, EntryStatus.InReview, true, false, true)]
    [InlineData(EntryStatus.Draft, EntryStatus.InReview, false, false, false)]
    [InlineData(EntryStatus.InReview, EntryStatus.Published, true, false, false)]
    [InlineData(EntryStatus.InReview, EntryStatus.Published, false, true, true)]
    [InlineData(EntryStatus.Published, EntryStatus.Archived, true, false, false)]
    [InlineData(EntryStatus.Published, EntryStatus.Archived, false, true, true)]
    [InlineData(EntryStatus.Archived, EntryStatus.Draft, false, true, true)]
    [InlineData(EntryStatus.Archived, EntryStatus.Published, false, true, false)]
    [InlineData(EntryStatus.InReview, EntryStatus.Draft, true, false, true)]
    public void IsAllowed_TransitionByRole_MatchesRules(EntryStatus from, EntryStatus to, bool owner, bool curator, bool expected)
    {
        var actor = curator ? Curator : Contributor;

        Assert.Equal(expected, CurationWorkflow.IsAllowed(actor, from, owner, to));
        Assert.False(CurationWorkflow.IsAllowed(NoRole, from, true, to));
    }

    [Fact]
    public async Task Update_ContributorEditsSomeoneElsesEntryById_IsForbiddenAndNothingChanges()
    {
        var id = await service.CreateAsync(Contributor, Model(Unique("Owned entry")));
        var loaded = await service.GetForEditAsync(Contributor, id);
        var changed = loaded.Model.Clone();
        changed.Title = "Hijacked";

        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.GetForEditAsync(OtherContributor, id));
        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.UpdateAsync(OtherContributor, id, changed, loaded.Model, loaded.Version));
        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.TransitionCurrentAsync(OtherContributor, id, EntryStatus.InReview));
        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.GetHistoryAsync(OtherContributor, id));
        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.CreateAsync(NoRole, Model("No role")));
        Assert.Equal(loaded.Model.Title, (await service.GetForEditAsync(Curator, id)).Model.Title);
    }

    [Fact]
    public async Task Update_ContributorEditsOwnPublishedEntry_GoesBackToReview()
    {
        var id = await service.CreateAsync(Contributor, Model(Unique("Published then edited")));
        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Published);
        var loaded = await service.GetForEditAsync(Contributor, id);
        var changed = loaded.Model.Clone();
        changed.Summary = "A changed summary.";

        var result = await service.UpdateAsync(Contributor, id, changed, loaded.Model, loaded.Version);

        Assert.True(result.Saved);
        Assert.Equal(EntryStatus.InReview, result.Status);
    }

    [Fact]
    public async Task Update_StaleVersion_ReturnsConflictWithTheOtherChangeAndKeepsIt()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("Concurrent edit")));
        var first = await service.GetForEditAsync(Curator, id);
        var second = await service.GetForEditAsync(Admin, id);
        var firstChange = first.Model.Clone();
        firstChange.Summary = "Saved first.";
        Assert.True((await service.UpdateAsync(Curator, id, firstChange, first.Model, first.Version)).Saved);
        var secondChange = second.Model.Clone();
        secondChange.Summary = "Saved second, from a stale copy.";

        var result = await service.UpdateAsync(Admin, id, secondChange, second.Model, second.Version);

        Assert.False(result.Saved);
        var change = Assert.Single(result.ConflictingChanges);
        Assert.Equal(("Summary", "Saved first."), (change.Field, change.New));
        Assert.Equal("Saved first.", (await service.GetForEditAsync(Curator, id)).Model.Summary);
    }

    [Fact]
    public async Task HistoryAndRevert_TwoEdits_RecordsFieldsAndRestoresOldValues()
    {
        var title = Unique("History original");
        var id = await service.CreateAsync(Curator, Model(title, "History keyword"));
        var loaded = await service.GetForEditAsync(Curator, id);
        var edited = loaded.Model.Clone();
        edited.Title = title + " renamed";
        edited.Keywords = ["Another keyword"];
        await service.UpdateAsync(Curator, id, edited, loaded.Model, loaded.Version);

        var history = await service.GetHistoryAsync(Curator, id);
        var now = await service.GetForEditAsync(Curator, id);
        var reverted = await service.RevertAsync(Curator, id, 1, now.Version);
        var after = await service.GetForEditAsync(Curator, id);

        Assert.Equal(["updated", "created"], history.Select(h => h.Action));
        Assert.Contains(history[0].Changes, c => c.Field == "Title" && c.Old == title && c.New == title + " renamed");
        Assert.Contains(history[0].Changes, c => c.Field == "Keywords" && c.Old == "History keyword" && c.New == "Another keyword");
        Assert.True(reverted.Saved);
        Assert.Equal(title, after.Model.Title);
        Assert.Equal(["History keyword"], after.Model.Keywords);
        Assert.Equal(3, (await service.GetHistoryAsync(Curator, id)).Count);
    }

    [Fact]
    public async Task FindSimilarTitles_NearlySameTitle_WarnsAboutExistingEntry()
    {
        var id = await service.CreateAsync(Curator, Model("Teacher training for refugee inclusion in Jordan"));

        var similar = await service.FindSimilarTitlesAsync(Curator, "Teacher training for refugees inclusion in Jordan", null);
        var unrelated = await service.FindSimilarTitlesAsync(Curator, "Vocational apprenticeships for adults", null);

        Assert.Contains(similar, d => d.Id == id);
        Assert.DoesNotContain(unrelated, d => d.Id == id);
    }

    [Fact]
    public async Task Update_SlugChanged_OldSlugKeptAsRedirect()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("Slug change")));
        var loaded = await service.GetForEditAsync(Curator, id);
        var edited = loaded.Model.Clone();
        edited.Slug = "new-slug-" + id;

        await service.UpdateAsync(Curator, id, edited, loaded.Model, loaded.Version);

        await using var db = fixture.Database.CreateContext();
        Assert.True(await db.SlugRedirects.AnyAsync(r => r.OldSlug == loaded.Model.Slug && r.EntryId == id));
    }

    [Fact]
    public async Task Update_InvalidFields_ThrowsMessagesPerFieldAndSavesNothing()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("Valid first")));
        var loaded = await service.GetForEditAsync(Curator, id);
        var bad = loaded.Model.Clone();
        bad.Title = "";
        bad.SourceUrl = "javascript:alert(1)";
        bad.Countries = ["ZZ"];

        var ex = await Assert.ThrowsAsync<CurationValidationException>(() => service.UpdateAsync(Curator, id, bad, loaded.Model, loaded.Version));

        Assert.Equal(["Countries", "SourceUrl", "Title"], ex.Errors.Keys.Order());
        Assert.Equal(loaded.Model.Title, (await service.GetForEditAsync(Curator, id)).Model.Title);
    }

    [Fact]
    public async Task Create_ControlCharactersInTextAndTerms_ThrowsForThoseFieldsAndStoresNothing()
    {
        var model = Model(Unique("Control\0characters"));
        model.Description = "Line one\nLine two\twith a tab";
        model.Keywords = ["Bell\u0007"];
        model.Organisations = [new OrganisationLink("Office\u001b", OrganisationRole.Author)];

        var ex = await Assert.ThrowsAsync<CurationValidationException>(() => service.CreateAsync(Curator, model));

        Assert.Equal(["Keywords", "Organisations", "Title"], ex.Errors.Keys.Order());
        Assert.Contains("control character", ex.Errors["Title"]);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Entries.AnyAsync(e => e.Title.StartsWith("Control")));
    }

    [Fact]
    public async Task Suggest_NulInEmail_ThrowsForTheEmailAndStoresNothing()
    {
        var title = Unique("Suggestion with a broken e-mail");

        var ex = await Assert.ThrowsAsync<CurationValidationException>(() => service.SuggestAsync(new SuggestionModel
        {
            Title = title, Link = "https://example.org/x", Summary = "A summary.", Email = "someone\0@example.org",
        }));

        Assert.Equal(["Email"], ex.Errors.Keys);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Entries.AnyAsync(e => e.Title == title));
    }

    [Fact]
    public async Task HardDelete_OnlyAdministratorWithConfirmation_RemovesAndAudits()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("To delete")));
        var slug = (await service.GetForEditAsync(Curator, id)).Model.Slug;

        await Assert.ThrowsAsync<CurationForbiddenException>(() => service.HardDeleteAsync(Curator, id, slug, null));
        await Assert.ThrowsAsync<CurationValidationException>(() => service.HardDeleteAsync(Admin, id, "wrong", null));
        await service.HardDeleteAsync(Admin, id, slug, "127.0.0.1");

        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Entries.AnyAsync(e => e.Id == id));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EventType == AuditLog.EntryHardDeleted && a.Details!.Contains(slug)));
        Assert.True(await db.EntryRevisions.AnyAsync(r => r.EntryId == id && r.Action == "deleted"));
    }

    [Fact]
    public async Task Suggest_PublicSuggestion_InvisibleUntilPublished()
    {
        var id = await service.SuggestAsync(new SuggestionModel
        {
            Title = Unique("Suggested homework club"),
            Link = "https://example.org/club",
            Summary = "Volunteers help refugee pupils with homework.",
            SdgTargets = ["4.1"],
            Country = "it",
            Email = "someone@example.org",
        });

        await using (var db = fixture.Database.CreateContext())
        {
            var entry = await db.Entries.SingleAsync(e => e.Id == id);
            Assert.True(entry.IsSuggested);
            Assert.Equal(EntryStatus.Draft, entry.Status);
            Assert.False(await db.Entries.PubliclyVisible().AnyAsync(e => e.Id == id));
        }

        await service.TransitionCurrentAsync(Curator, id, EntryStatus.Published);
        await using var after = fixture.Database.CreateContext();
        Assert.True(await after.Entries.PubliclyVisible().AnyAsync(e => e.Id == id));
    }
}
