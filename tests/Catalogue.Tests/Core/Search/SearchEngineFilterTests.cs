using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Search;

[Trait("Category", TestCategory.Database)]
public sealed class SearchEngineFilterTests(SearchEngineFilterTests.Data fixture) : IClassFixture<SearchEngineFilterTests.Data>
{
    private static CatalogueQuery Query(string key, params string[] values) => new CatalogueQuery().With(key, values);

    [Fact]
    public async Task Search_MixedStatuses_IndexHoldsOnlyPublished()
    {
        var titles = await QueryAsync(new CatalogueQuery());
        Assert.Equal(["Colombia schools", "Turkey transport"], titles);
    }

    [Fact]
    public async Task Search_RegionCode_MatchesCountriesAtEveryLevelBelowIt()
    {
        Assert.Equal(["Colombia schools"], await QueryAsync(Query(CatalogueQuery.Keys.Region, "419")));
        Assert.Equal(["Colombia schools"], await QueryAsync(Query(CatalogueQuery.Keys.Region, "005")));
        Assert.Equal(["Colombia schools"], await QueryAsync(Query(CatalogueQuery.Keys.Region, "019")));
        Assert.Equal(["Turkey transport"], await QueryAsync(Query(CatalogueQuery.Keys.Region, "145")));
        Assert.Equal(["Colombia schools", "Turkey transport"], await QueryAsync(Query(CatalogueQuery.Keys.Country, "TR").With(CatalogueQuery.Keys.Region, "419")));
    }

    [Fact]
    public async Task Search_FacetsAndText_AreOrWithinAndAcross()
    {
        Assert.Equal(["Colombia schools", "Turkey transport"], await QueryAsync(Query(CatalogueQuery.Keys.SdgTarget, "4.1", "4.a")));
        Assert.Equal(["Turkey transport"], await QueryAsync(Query(CatalogueQuery.Keys.SdgTarget, "4.1", "4.a").With(CatalogueQuery.Keys.Kind, "programme")));
        Assert.Equal(["Turkey transport"], await QueryAsync(new CatalogueQuery { Text = "buses" }));
        Assert.Empty(await QueryAsync(new CatalogueQuery { Text = "buses" }.With(CatalogueQuery.Keys.Country, "CO")));
        Assert.Equal(["Colombia schools"], await QueryAsync(new CatalogueQuery { YearFrom = 2016, YearTo = 2016 }));
    }

    [Fact]
    public async Task Search_YearRange_OverlapsProgrammeSpansAndLeavesUndatedOut()
    {
        Assert.Equal(["Turkey transport"], await QueryAsync(new CatalogueQuery { YearFrom = 2019 }));
        Assert.Equal(["Colombia schools", "Turkey transport"], await QueryAsync(new CatalogueQuery { YearTo = 2018 }));
        Assert.Empty(await QueryAsync(new CatalogueQuery { YearFrom = 2020 }));
    }

    [Fact]
    public async Task Search_KindSelected_CountsKindFacetWithoutItsOwnSelection()
    {
        var found = await fixture.Index.Search.FindAsync(new EngineRequest(Query(CatalogueQuery.Keys.Kind, "tool").With(CatalogueQuery.Keys.Country, "TR")));

        Assert.Equal(0, found.Total);
        Assert.Equal(1, found.Counts[CatalogueQuery.Keys.Kind]["programme"]);
        Assert.False(found.Counts[CatalogueQuery.Keys.Kind].ContainsKey("tool"));
    }

    private async Task<List<string>> QueryAsync(CatalogueQuery query)
    {
        var found = await fixture.Index.Search.FindAsync(new EngineRequest(query, CountKeys: [], AllIds: true));
        await using var db = fixture.Database.CreateContext();
        return await db.Entries.AsNoTracking().Where(e => found.EntryIds.Contains(e.Id)).OrderBy(e => e.Title).Select(e => e.Title).ToListAsync();
    }

    public sealed class Data : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public TestSearchIndex Index { get; private set; } = null!;

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
            Index = await TestSearchIndex.StartAsync(Database);
        }

        public Task DisposeAsync()
        {
            Index.Dispose();
            return Database.DisposeAsync();
        }
    }
}
