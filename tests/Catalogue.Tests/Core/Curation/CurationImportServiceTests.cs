using System.Text;
using Catalogue.Core.Curation;
using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Catalogue.Tests.Core.Curation.CurationTestData;
using static Catalogue.Tests.Core.ImportExport.ImportTestHelpers;

namespace Catalogue.Tests.Core.Curation;

[Trait("Category", TestCategory.Database)]
public sealed class CurationImportServiceTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly CurationImportService service = new(new CatalogueImporter(fixture.Database.Factory), fixture.Database.Factory,
        NullLogger<CurationImportService>.Instance);

    private async Task<ImportReport> ImportAsync(CurationActor actor, string json, bool commit = true)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var parsed = await service.ReadAsync(actor, stream, ImportFormat.Json);
        return commit ? await service.CommitAsync(actor, parsed) : await service.DryRunAsync(actor, parsed);
    }

    [Fact]
    public async Task Commit_CuratorImportsNewEntry_StoresItOwnedByTheCuratorWithAnImportedRevision()
    {
        var slug = Unique("imported-page");

        var report = await ImportAsync(Curator, JsonFile(Entry(slug)));

        Assert.True(report.Committed);
        Assert.Equal(1, report.Created);
        await using var db = fixture.Database.CreateContext();
        var entry = await db.Entries.SingleAsync(e => e.Slug == slug);
        Assert.Equal(Curator.UserId, entry.CreatedBy);
        var revision = await db.EntryRevisions.SingleAsync(r => r.EntryId == entry.Id);
        Assert.Equal((1, CurationImportService.ImportedAction, Curator.UserName), (revision.RevisionNumber, revision.Action, revision.ChangedBy));
        Assert.Contains(slug, revision.SnapshotJson);
    }

    [Fact]
    public async Task Commit_ReimportWithNewTitle_RecordsTheChangedFieldInHistory()
    {
        var slug = Unique("reimported");
        await ImportAsync(Curator, JsonFile(Entry(slug)));

        var report = await ImportAsync(Admin, JsonFile(Entry(slug).Replace($"Title of {slug}", "A better title", StringComparison.Ordinal)));

        Assert.Equal(1, report.Updated);
        await using var db = fixture.Database.CreateContext();
        var id = await db.Entries.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        var history = await new EntryCurationService(fixture.Database.Factory).GetHistoryAsync(Curator, id);
        Assert.Equal([2, 1], history.Select(h => h.RevisionNumber));
        var change = Assert.Single(history[0].Changes);
        Assert.Equal(("Title", $"Title of {slug}", "A better title"), (change.Field, change.Old, change.New));
    }

    [Fact]
    public async Task Commit_FileWithOneBadEntry_StoresNothingAndNoHistory()
    {
        var good = Unique("good-one");
        var bad = Unique("bad-one");
        var revisionsBefore = await CountRevisionsAsync();

        var report = await ImportAsync(Curator, JsonFile(Entry(good), Entry(bad, ",\n      \"countries\": [\"ZZ\"]")));

        Assert.False(report.Committed);
        Assert.Contains(report.Rejections, r => r.Slug == bad && r.Line > 0);
        Assert.False(await fixture.Database.ExistsAsync(good));
        Assert.Equal(revisionsBefore, await CountRevisionsAsync());
    }

    private async Task<int> CountRevisionsAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return await db.EntryRevisions.CountAsync();
    }

    [Fact]
    public async Task DryRun_Curator_ReportsWithoutStoring()
    {
        var slug = Unique("dry-only");

        var report = await ImportAsync(Curator, JsonFile(Entry(slug)), commit: false);

        Assert.Equal((true, 1), (report.DryRun, report.Created));
        Assert.False(await fixture.Database.ExistsAsync(slug));
    }
}
