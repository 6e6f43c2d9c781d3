using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Web.Hosting;

[Trait("Category", TestCategory.Database)]
public sealed class SampleCatalogueStartupTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Migrate = false };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task DevelopmentStart_EmptyDatabase_ShowsTheSampleCatalogue()
    {
        await using (var app = new CatalogueAppFactory(_database.ConnectionString, "Development"))
        {
            using var client = app.CreateClient();
            (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        }

        await using var db = _database.CreateContext();
        Assert.True(await db.Entries.CountAsync() >= 60);
        Assert.All(await db.Entries.Select(e => e.CreatedBy).Distinct().ToListAsync(), by => Assert.Equal(SampleCatalogue.Actor, by));
    }
}
