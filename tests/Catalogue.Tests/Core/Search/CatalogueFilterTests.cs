using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Search;

public sealed class CatalogueFilterTests(CatalogueFilterTests.Data fixture) : IClassFixture<CatalogueFilterTests.Data>
{
    [Fact]
    public async Task PubliclyVisible_MixedStatuses_KeepsOnlyPublished()
    {
        var titles = await QueryAsync(new CatalogueQuery());
        Assert.Equal(["Colombia schools", "Turkey transport"], titles);
    }

    [Fact]
    public async Task Apply_RegionCode_MatchesCountriesInsideTheRegion()
    {
        Assert.Equal(["Colombia schools"], await QueryAsync(new CatalogueQuery { Regions = ["419"] }));
        Assert.Equal(["Colombia schools"], await QueryAsync(new CatalogueQuery { Regions = ["005"] }));
        Assert.Equal(["Turkey transport"], await QueryAsync(new CatalogueQuery { Regions = ["145"] }));
        Assert.Equal(["Colombia schools", "Turkey transport"], await QueryAsync(new CatalogueQuery { Countries = ["TR"], Regions = ["419"] }));
    }

    [Fact]
    public async Task Apply_FacetsAndText_AreOrWithinAndAcross()
    {
        Assert.Equal(["Colombia schools", "Turkey transport"], await QueryAsync(new CatalogueQuery { SdgTargets = ["4.1", "4.a"] }));
        Assert.Equal(["Turkey transport"], await QueryAsync(new CatalogueQuery { SdgTargets = ["4.1", "4.a"], Kinds = [EntryKind.Programme] }));
        Assert.Equal(["Turkey transport"], await QueryAsync(new CatalogueQuery { Text = "buses" }));
        Assert.Empty(await QueryAsync(new CatalogueQuery { Text = "buses", Countries = ["CO"] }));
        Assert.Equal(["Colombia schools"], await QueryAsync(new CatalogueQuery { YearFrom = 2016, YearTo = 2016 }));
    }

    [Fact]
    public async Task ApplyFacets_ExceptOneKey_IgnoresThatSelectionOnly()
    {
        var query = new CatalogueQuery { Kinds = [EntryKind.Tool], Countries = ["TR"] };
        await using var db = fixture.Database.CreateContext();
        var count = await db.Entries.PubliclyVisible().ApplyFacets(db, query, except: CatalogueQuery.Keys.Kind).CountAsync();
        Assert.Equal(1, count);
    }

    private async Task<List<string>> QueryAsync(CatalogueQuery query)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Entries.AsNoTracking().PubliclyVisible().Apply(db, query).OrderBy(e => e.Title).Select(e => e.Title).ToListAsync();
    }

    public sealed class Data : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            await using var db = Database.CreateContext();
            var now = DateTime.UtcNow;
            db.Entries.AddRange(
                new Entry
                {
                    Kind = EntryKind.Programme, Status = EntryStatus.Published, Title = "Turkey transport", Slug = "tr", CreatedAt = now, UpdatedAt = now,
                    Summary = "School buses for Syrian children.", StartYear = 2018, EndYear = 2019,
                    Countries = [(await db.Countries.FindAsync("TR"))!], SdgTargets = [(await db.SdgTargets.FindAsync("4.1"))!],
                },
                new Entry
                {
                    Kind = EntryKind.Tool, Status = EntryStatus.Published, Title = "Colombia schools", Slug = "co", CreatedAt = now, UpdatedAt = now,
                    Summary = "Open doors for Venezuelan pupils.", PublicationDate = new DateOnly(2016, 1, 1), PublicationDatePrecision = DatePrecision.Year,
                    Countries = [(await db.Countries.FindAsync("CO"))!], SdgTargets = [(await db.SdgTargets.FindAsync("4.a"))!],
                },
                new Entry
                {
                    Kind = EntryKind.Programme, Status = EntryStatus.Draft, Title = "Draft buses", Slug = "draft", CreatedAt = now, UpdatedAt = now,
                    Summary = "School buses, not yet reviewed.", Countries = [(await db.Countries.FindAsync("TR"))!],
                },
                new Entry
                {
                    Kind = EntryKind.Programme, Status = EntryStatus.Archived, Title = "Archived buses", Slug = "archived", CreatedAt = now, UpdatedAt = now,
                    Summary = "Old school buses.", Countries = [(await db.Countries.FindAsync("TR"))!],
                });
            await db.SaveChangesAsync();
        }

        public Task DisposeAsync() => Database.DisposeAsync();
    }
}
