using Catalogue.Core.Entities;
using Catalogue.Tools.Generation;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Tools;

[Trait("Category", TestCategory.Database)]
public sealed class CatalogueGeneratorTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Generate_LargeBatchIntoEmptyTable_RebuildsTheIndexesItDeferred()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            var indexesBefore = await IndexesAsync(database);
            var foreignKeysBefore = await ForeignKeysAsync(database);

            await new CatalogueGenerator(database.Factory).GenerateAsync(CatalogueGenerator.DeferIndexesFrom, seed: 3, null, CancellationToken.None);

            Assert.Contains(indexesBefore, d => d.Contains("ix_entries_search_vector"));
            Assert.Contains(indexesBefore, d => d.Contains("ix_entries_title_trgm"));
            Assert.Contains(indexesBefore, d => d.Contains("ix_entry_keywords_keyword_id"));
            Assert.Equal(indexesBefore, await IndexesAsync(database));
            Assert.Equal(foreignKeysBefore, await ForeignKeysAsync(database));
            Assert.Contains(foreignKeysBefore, k => k.StartsWith("fk_entry_keywords_keywords_keyword_id"));
            await using var db = database.CreateContext();
            Assert.True(await db.Entries.AnyAsync(e => e.SearchVector.Matches("school")));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<List<string>> ForeignKeysAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Database.SqlQueryRaw<string>(
            "SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated AS \"Value\" FROM pg_constraint WHERE contype = 'f' ORDER BY conname").ToListAsync();
    }

    private static async Task<List<string>> IndexesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Database.SqlQueryRaw<string>(
            "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname").ToListAsync();
    }

    [Fact]
    public async Task Generate_SameSeedTwice_AddsSameEntriesWithLinks()
    {
        var generator = new CatalogueGenerator(fixture.Database.Factory);

        var first = await generator.GenerateAsync(500, seed: 7, null, CancellationToken.None);
        var second = await generator.GenerateAsync(500, seed: 7, null, CancellationToken.None);

        Assert.Equal((500, 500), (first.Entries, second.Entries));
        await using var db = fixture.Database.CreateContext();
        var titles = await db.Entries.OrderBy(e => e.Id).Select(e => e.Title).ToListAsync();
        Assert.Equal(1000, titles.Count);
        Assert.Equal(titles[..500], titles[500..]);
        Assert.True(titles.Distinct().Count() > 100);

        var entries = await db.Entries.AsNoTracking().Include(e => e.SdgTargets).Include(e => e.Countries).Include(e => e.Keywords)
            .Include(e => e.Organisations).Where(e => e.Id <= 500).ToListAsync();
        Assert.All(entries, e =>
        {
            Assert.NotEmpty(e.SdgTargets);
            Assert.NotEmpty(e.Countries);
            Assert.NotEmpty(e.Keywords);
            Assert.NotEmpty(e.Organisations);
            Assert.NotEmpty(e.SearchTerms);
        });
        Assert.InRange(entries.Count(e => e.Status == EntryStatus.Published), 400, 490);
        var topCountryShare = entries.SelectMany(e => e.Countries).GroupBy(c => c.Alpha2).Max(g => g.Count()) / (double)entries.Count;
        Assert.True(topCountryShare > 0.1, "a few countries should be very common");
        Assert.Equal(first.Links + second.Links, await LinkCountAsync(db));
        Assert.True(await db.Entries.AnyAsync(e => e.SearchVector.Matches("school")));

        // The identity sequence follows the copied ids, so the next ordinary insert does not collide.
        db.Entries.Add(new Entry { Kind = EntryKind.Tool, Title = "After", Slug = "after-generation", Summary = "S", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private static async Task<long> LinkCountAsync(Catalogue.Core.Data.CatalogueDbContext db)
    {
        string[] tables =
        [
            "entry_languages", "entry_regions", "entry_countries", "entry_audiences", "entry_beneficiary_groups", "entry_activity_areas",
            "entry_sdg_targets", "entry_sdg_indicators", "entry_gcm_objectives", "entry_themes", "entry_keywords", "entry_tags", "entry_organisations",
        ];
        long total = 0;
        foreach (var table in tables)
        {
            var sql = "SELECT count(*) AS \"Value\" FROM " + table;
            total += await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }

        return total;
    }
}
