using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Insights;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tests.Core.Search;

/// <summary>
/// The insights' cross-tabs (one pass over the index's segment arrays) equal the same counts written in SQL over the
/// sample catalogue, for searches with and without filters and text; unpublished entries never count.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class CrossTabCountsMatchSqlTests(CrossTabCountsMatchSqlTests.Catalogue fixture) : IClassFixture<CrossTabCountsMatchSqlTests.Catalogue>
{
    /// <summary>A country only a draft names.</summary>
    public const string DraftOnlyCountry = "NZ";

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "", K.SdgTarget, K.Region },
        { "", K.SdgTarget, K.Country },
        { "", K.GcmObjective, K.Region },
        { "", K.Kind, K.SdgTarget },
        { "", K.Beneficiary, K.SdgTarget },
        { "", CrossTab.Year, K.Kind },
        { "kind=programme", K.SdgTarget, K.Region },
        { "kind=programme", CrossTab.Year, K.Kind },
        { "q=school ", K.SdgTarget, K.Region },
        { "q=school ", K.Kind, K.SdgTarget },
        { "sdg=4.1&region=150&scope=regional", K.SdgTarget, K.Region },
        { "from=2017&to=2019&country=TR&country=CO", CrossTab.Year, K.Kind },
        { "q=training &from=2016", K.GcmObjective, K.Country },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CrossTab_SampleCatalogue_EqualsSql(string queryString, string rowKey, string columnKey)
    {
        var query = CatalogueQueryParser.Parse(queryString).Query;

        var tab = (await fixture.Insights.CountAsync(query, [], [new CrossTabRequest(rowKey, columnKey)], CancellationToken.None)).Tabs.Single();
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        var expected = await SqlFacetReference.CrossTabAsync(connection, query, rowKey, columnKey);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(c => c.Key).ToList(), tab.Cells.OrderBy(c => c.Key).ToList());
    }

    [Fact]
    public async Task CrossTab_CellCount_EqualsTotalOfTheNarrowedSearch()
    {
        var query = CatalogueQueryParser.Parse("sdg=4.3&region=142&kind=programme").Query;

        var tab = (await fixture.Insights.CountAsync(query, [], [new CrossTabRequest(K.SdgTarget, K.Region)], CancellationToken.None)).Tabs.Single();

        Assert.NotEmpty(tab.Cells);
        foreach (var ((target, region), count) in tab.Cells)
        {
            var narrowed = CatalogueUrl.Only(CatalogueUrl.Only(query, K.SdgTarget, target), K.Region, region);
            var found = await fixture.Index.Search.FindAsync(new EngineRequest(narrowed, Take: 0, CountKeys: []));
            Assert.True(count == found.Total, $"{target} × {region}: cell {count}, catalogue {found.Total}");
        }
    }

    [Fact]
    public async Task CrossTab_DraftWithUniqueCountry_IsNeverCounted()
    {
        var data = await fixture.Insights.CountAsync(new CatalogueQuery(), [K.Country],
            [new CrossTabRequest(K.SdgTarget, K.Country), new CrossTabRequest(K.Kind, K.SdgTarget)], CancellationToken.None);

        Assert.DoesNotContain(DraftOnlyCountry, data.Counts[K.Country].Keys);
        Assert.DoesNotContain(data.Tabs[0].Cells.Keys, c => c.Column == DraftOnlyCountry);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, data.Total);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, data.Tabs[1].Total);
    }

    public sealed class Catalogue : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new() { Seed = SeedAsync };

        public TestSearchIndex Index { get; private set; } = null!;

        public CatalogueInsights Insights { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            Index = await TestSearchIndex.StartAsync(Database);
            Insights = new CatalogueInsights(Index.Index);
        }

        public async Task DisposeAsync()
        {
            Index.Dispose();
            await Database.DisposeAsync();
        }

        private static async Task SeedAsync(global::Catalogue.Core.Data.CatalogueDbContext db)
        {
            await SearchSampleCatalogue.SeedAsync(db);
            var now = DateTime.UtcNow;
            db.Entries.Add(new Entry
            {
                Slug = "draft-new-zealand", Title = "Draft about New Zealand", Summary = "Not published.", Kind = EntryKind.Tool,
                Status = EntryStatus.Draft, CreatedAt = now, UpdatedAt = now, PublicationDate = new DateOnly(2030, 1, 1),
                Countries = [(await db.Countries.FindAsync(DraftOnlyCountry))!],
                SdgTargets = await db.SdgTargets.Where(t => t.Code == "4.2").ToListAsync(),
            });
            await db.SaveChangesAsync();
        }
    }
}
