using Catalogue.Core.Entities;
using Catalogue.Core.Generation;
using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Search;

/// <summary>Each test seeds its own database: they change entries under a cached search.</summary>
public sealed class SearchResultCacheTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = SearchSampleCatalogue.SeedAsync };
    private readonly SearchResultCache _cache = new();
    private CatalogueSearchService Search => new(_database.Factory, _cache);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        _cache.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SearchAsync_EntryArchivedAfterACachedSearch_CountsDropAtOnce()
    {
        var before = await Search.SearchAsync(new CatalogueQuery());
        await using (var db = _database.CreateContext())
        {
            var entry = await db.Entries.Include(e => e.SdgTargets).FirstAsync(e => e.Status == EntryStatus.Published && e.SdgTargets.Any(t => t.Code == "4.1"));
            entry.Status = EntryStatus.Archived;
            await db.SaveChangesAsync();
        }

        var after = await Search.SearchAsync(new CatalogueQuery());

        Assert.Equal(before.Total - 1, after.Total);
        Assert.Equal(SdgCount(before, "4.1") - 1, SdgCount(after, "4.1"));
    }

    [Fact]
    public async Task SearchAsync_KeywordRenamedAfterACachedSearch_FacetShowsTheNewName()
    {
        var before = await Search.SearchAsync(new CatalogueQuery());
        var keyword = before.Facets.Single(f => f.Key == CatalogueQuery.Keys.Keyword).Values[0];
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE keywords SET name = 'Renamed keyword', normalized_name = 'RENAMED KEYWORD' WHERE name = {keyword.Value}");
        }

        var after = await Search.SearchAsync(new CatalogueQuery());

        var values = after.Facets.Single(f => f.Key == CatalogueQuery.Keys.Keyword).Values;
        Assert.Contains(values, v => v.Value == "Renamed keyword" && v.Count == keyword.Count);
        Assert.DoesNotContain(values, v => v.Value == keyword.Value);
    }

    [Fact]
    public async Task SearchAsync_SameSearchAtTheSameVersion_ReusesTheCountsButNotWithTheCacheOff()
    {
        var query = new CatalogueQuery { SdgTargets = ["4.1"] };
        var first = await Search.SearchAsync(query);
        await using (var db = _database.CreateContext())
        {
            // Without its trigger the change does not move the version: only a reused count can still include the entry.
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE entries DISABLE TRIGGER bump_version_entries");
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE entries SET status = 'Archived' WHERE id = (SELECT entry_id FROM entry_sdg_targets t JOIN entries e ON e.id = t.entry_id WHERE t.sdg_target_code = '4.1' AND e.status = 'Published' LIMIT 1)");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE entries ENABLE TRIGGER bump_version_entries");
        }

        var reused = await Search.SearchAsync(query with { Page = 2, Sort = CatalogueSort.Title });
        var counted = await Search.SearchAsync(query, new SearchOptions(UseCache: false));

        Assert.Equal(first.Total, reused.Total);
        Assert.Equal(first.Total - 1, counted.Total);
    }

    [Fact]
    public async Task SearchAsync_IdenticalSearchesAtOnce_CountOnceAndAgree()
    {
        var query = new CatalogueQuery { Text = "school", Kinds = [EntryKind.Programme] };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Search.SearchAsync(query)));

        Assert.Equal(1, _cache.Computations);
        Assert.Single(results.Select(r => r.Total).Distinct());
        Assert.True(results[0].Total > 0);
    }

    [Fact]
    public async Task SearchAsync_TopHitArchivedAfterASearch_LeavesTheRepeatedPage()
    {
        var query = new CatalogueQuery { Text = "school" };
        var first = await Search.SearchAsync(query);
        var repeated = await Search.SearchAsync(query);
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE entries SET status = 'Archived' WHERE id = {first.Hits[0].Id}");
        }

        var after = await Search.SearchAsync(query);

        Assert.Same(first, repeated);
        Assert.DoesNotContain(after.Hits, h => h.Id == first.Hits[0].Id);
        Assert.Equal(first.Total - 1, after.Total);
    }

    public static TheoryData<string> PagedSearches => new()
    {
        "q=school",
        "sort=newest",
        "sort=title&kind=programme",
        "q=education&sdg=4.1&sdg=4.5",
    };

    [Theory]
    [MemberData(nameof(PagedSearches))]
    public async Task SearchAsync_PagingThroughACountedSearch_MatchesPagesReadWithoutReuse(string queryString)
    {
        await GenerateEntriesAsync(300);
        var query = CatalogueQueryString.Parse(queryString).Query;
        var first = await Search.SearchAsync(query);
        Assert.True(first.PageCount > 1, $"{queryString} has a single page");

        for (var page = 2; page <= first.PageCount + 1; page++)
        {
            var paged = await Search.SearchAsync(query with { Page = page });
            var fresh = await Search.SearchAsync(query with { Page = page }, new SearchOptions(UseCache: false));

            Assert.Equal(fresh.Page, paged.Page);
            Assert.Equal(fresh.Hits.Select(h => (h.Id, h.SnippetHtml, h.SdgTargets.Count)), paged.Hits.Select(h => (h.Id, h.SnippetHtml, h.SdgTargets.Count)));
        }

        Assert.True(_cache.TryGetOrder(query, new SearchOptions(), await VersionAsync(), out var order));
        Assert.Equal(first.Total, order.Length);
    }

    [Fact]
    public async Task SearchAsync_FirstPageOfACountedSearch_ReadsOnlyThatPage()
    {
        await GenerateEntriesAsync(100);
        var query = new CatalogueQuery { Sort = CatalogueSort.Title };
        await Search.SearchAsync(query with { Sort = CatalogueSort.Newest });

        var first = await Search.SearchAsync(query);

        Assert.Equal(1, _cache.Computations);
        Assert.Equal(CatalogueQuery.PageSize, first.Hits.Count);
        Assert.False(_cache.TryGetOrder(query, new SearchOptions(), await VersionAsync(), out _));
    }

    [Fact]
    public async Task SearchAsync_EntryArchivedWhilePaging_LeavesTheLaterPage()
    {
        await GenerateEntriesAsync(100);
        var query = new CatalogueQuery();
        await Search.SearchAsync(query);
        var second = await Search.SearchAsync(query with { Page = 2 });
        var third = await Search.SearchAsync(query with { Page = 3 }, new SearchOptions(UseCache: false));
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE entries SET status = 'Archived' WHERE id = {third.Hits[0].Id}");
        }

        var after = await Search.SearchAsync(query with { Page = 3 });

        Assert.Equal(CatalogueQuery.PageSize, second.Hits.Count);
        Assert.DoesNotContain(after.Hits, h => h.Id == third.Hits[0].Id);
        Assert.Equal(third.Hits.Skip(1).Select(h => h.Id), after.Hits.Take(third.Hits.Count - 1).Select(h => h.Id));
    }

    private Task GenerateEntriesAsync(int count) =>
        new CatalogueGenerator(_database.Factory).GenerateAsync(count, seed: 11, null, CancellationToken.None);

    private async Task<long> VersionAsync()
    {
        await using var db = _database.CreateContext();
        return await CatalogueSearchService.CatalogueVersionAsync(db, CancellationToken.None);
    }

    private static int SdgCount(SearchResults results, string code) =>
        results.Facets.Single(f => f.Key == CatalogueQuery.Keys.SdgTarget).Values.Single(v => v.Value == code).Count;
}
