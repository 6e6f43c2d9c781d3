using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.ImportExport;

[Trait("Category", TestCategory.Database)]
public sealed class SampleCatalogueTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task LoadIfEmpty_EmptyDatabase_LoadsCompleteSampleOnce()
    {
        var importer = new CatalogueImporter(fixture.Database.Factory);

        var report = await SampleCatalogue.LoadIfEmptyAsync(fixture.Database.Factory, importer, CancellationToken.None);
        var second = await SampleCatalogue.LoadIfEmptyAsync(fixture.Database.Factory, importer, CancellationToken.None);

        Assert.NotNull(report);
        Assert.True(report.Committed, report.ToText());
        Assert.Null(second);
        await using var db = fixture.Database.CreateContext();
        var entries = await db.Entries.AsNoTracking().Include(e => e.SdgTargets).ToListAsync();
        Assert.True(entries.Count >= 60, $"{entries.Count} entries");
        var published = entries.Where(e => e.Status == EntryStatus.Published).ToList();
        Assert.All(published, e =>
        {
            Assert.NotEmpty(e.SdgTargets);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary), e.Slug);
            Assert.True(Enum.IsDefined(e.Kind));
        });
        Assert.Contains(entries, e => e.Status == EntryStatus.Draft);
        Assert.Contains(entries, e => e.Status == EntryStatus.InReview);
        Assert.True(await db.EntryRelations.AnyAsync(r => r.Type == RelationType.Launches));
        Assert.All(entries, e => Assert.Equal(SampleCatalogue.Actor, e.CreatedBy));
    }
}
