using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.ImportExport;

[Trait("Category", TestCategory.Database)]
public sealed class BatchedImportTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Import_InManySmallBatches_StoresTheSameAsOneBatch()
    {
        var small = new CatalogueImporter(fixture.Database.Factory, new ImportOptions { BatchSize = 7 });
        ImportReport report;
        await using (var stream = SampleCatalogue.Open())
        {
            report = await small.ImportAsync(stream, ImportFormat.Json, "test", dryRun: false, null, CancellationToken.None);
        }

        Assert.True(report.Committed, report.ToText());
        var exported = await fixture.Database.ExportAsync(ExportFormat.Json);
        var again = await new CatalogueImporter(fixture.Database.Factory, new ImportOptions { BatchSize = 11 })
            .ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(exported)), ImportFormat.Json, "test", false, null, CancellationToken.None);

        Assert.Equal((0, 0, report.Created), (again.Created, again.Updated, again.Unchanged));
        await using var db = fixture.Database.CreateContext();
        var relatedInFile = System.Text.RegularExpressions.Regex.Matches(exported, "\"type\": \"").Count;
        Assert.Equal(relatedInFile, await db.EntryRelations.CountAsync());
        Assert.Equal(await db.Keywords.CountAsync(), await db.Keywords.Select(k => k.NormalizedName).Distinct().CountAsync());
    }
}
