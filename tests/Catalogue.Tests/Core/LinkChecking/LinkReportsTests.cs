using Catalogue.Core.Curation;
using Catalogue.Core.LinkChecking;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.LinkChecking;

/// <summary>What curators see and do with the checker's results: the problem list, "use the new address", "check again".</summary>
[Trait("Category", TestCategory.Database)]
public sealed class LinkReportsTests : IAsyncLifetime
{
    private readonly LinkCheckBed bed = new();

    [Fact]
    public async Task UseNewAddress_RedirectedSource_SavedThroughCurationWithRevision()
    {
        var moved = bed.Server.Url("/moved");
        var id = await bed.PublishedAsync(moved, documentUrl: bed.Server.Url("/ok?doc"));
        await bed.Checker().RunBatchAsync(CancellationToken.None);
        var reports = bed.Reports();
        var before = await bed.Curation.GetForEditAsync(LinkCheckBed.Curator, id);

        var result = await reports.UseNewAddressAsync(LinkCheckBed.Curator, id, moved);

        Assert.True(result.Saved);
        var after = await bed.Curation.GetForEditAsync(LinkCheckBed.Curator, id);
        Assert.Equal((bed.Server.Url("/ok"), bed.Server.Url("/ok?doc")), (after.Model.SourceUrl, after.Model.DocumentUrl));
        Assert.NotEqual(before.Version, after.Version);
        await using var db = bed.Database.CreateContext();
        var revision = await db.EntryRevisions.AsNoTracking().Where(r => r.EntryId == id).OrderByDescending(r => r.RevisionNumber).FirstAsync();
        Assert.Equal(("updated", "links-curator@example.org"), (revision.Action, revision.ChangedBy));
        Assert.Contains(moved, revision.ChangesJson, StringComparison.Ordinal);
        Assert.Empty(await reports.ProblemsAsync(LinkCheckBed.Curator, null));
    }

    [Fact]
    public async Task UseNewAddress_AddressReplacedByHandMeanwhile_RefusedAndEntryLeftAlone()
    {
        var moved = bed.Server.Url("/moved");
        var id = await bed.PublishedAsync(moved);
        await bed.Checker().RunBatchAsync(CancellationToken.None);

        // Someone replaced the address by hand after the check: the redirect no longer applies to what the entry holds.
        var seen = await bed.Curation.GetForEditAsync(LinkCheckBed.Curator, id);
        var edited = seen.Model.Clone();
        edited.SourceUrl = bed.Server.Url("/ok?by-hand");
        await bed.Curation.UpdateAsync(LinkCheckBed.Curator, id, edited, seen.Model, seen.Version);
        var refused = await Assert.ThrowsAsync<CurationValidationException>(() => bed.Reports().UseNewAddressAsync(LinkCheckBed.Curator, id, moved));

        Assert.Contains("no longer uses this address", refused.Message, StringComparison.Ordinal);
        Assert.Equal(bed.Server.Url("/ok?by-hand"), (await bed.Curation.GetForEditAsync(LinkCheckBed.Curator, id)).Model.SourceUrl);
    }

    [Fact]
    public async Task Problems_ContributorAsks_Forbidden()
    {
        await Assert.ThrowsAsync<CurationForbiddenException>(() => bed.Reports().ProblemsAsync(LinkCheckBed.Contributor, null));
        await Assert.ThrowsAsync<CurationForbiddenException>(() => bed.Reports().BrokenCountAsync(LinkCheckBed.Contributor));
    }

    [Fact]
    public async Task Problems_AfterABatch_ListsFailuresAndMovesOldestFirstAndCountsBroken()
    {
        await bed.PublishedAsync(bed.Server.Url("/missing"));
        await bed.PublishedAsync(bed.Server.Url("/moved"));
        await bed.PublishedAsync(bed.Server.Url("/ok"));
        await bed.PublishedAsync(bed.Server.RefusedUrl);
        await bed.Checker().RunBatchAsync(CancellationToken.None);
        var reports = bed.Reports();

        var all = await reports.ProblemsAsync(LinkCheckBed.Curator, null);
        var moved = await reports.ProblemsAsync(LinkCheckBed.Curator, LinkStatus.Redirected);

        Assert.Equal(3, all.Count);
        Assert.DoesNotContain(all, p => p.Url == bed.Server.Url("/ok"));
        Assert.Equal(all.OrderBy(p => p.StatusSince).Select(p => p.Url), all.Select(p => p.Url));
        Assert.Equal(bed.Server.Url("/moved"), Assert.Single(moved).Url);
        Assert.Equal(2, await reports.BrokenCountAsync(LinkCheckBed.Curator));
    }

    [Fact]
    public async Task CheckAgain_LinkNowWorks_StoresTheNewResultAndResetsFailures()
    {
        var url = bed.Server.Url("/missing");
        await bed.PublishedAsync(url);
        await bed.Checker().RunBatchAsync(CancellationToken.None);
        await using (var db = bed.Database.CreateContext())
        {
            // The site is fixed: the entry's address is now the working one's, as if the page came back.
            await db.Set<LinkCheck>().Where(l => l.Url == url).ExecuteUpdateAsync(s => s.SetProperty(l => l.Url, bed.Server.Url("/ok")));
            await db.Entries.ExecuteUpdateAsync(s => s.SetProperty(e => e.SourceUrl, bed.Server.Url("/ok")));
        }

        var now = await bed.Reports().CheckAgainAsync(LinkCheckBed.Curator, bed.Server.Url("/ok"));

        Assert.True(now);
        var stored = await bed.ResultAsync(bed.Server.Url("/ok"));
        Assert.Equal((LinkStatus.Ok, 0), (stored.Status, stored.ConsecutiveFailures));
        await Assert.ThrowsAsync<CurationNotFoundException>(() => bed.Reports().CheckAgainAsync(LinkCheckBed.Curator, "http://127.0.0.1:9/other"));
    }

    public Task InitializeAsync() => bed.InitializeAsync();

    public Task DisposeAsync() => bed.DisposeAsync();
}
