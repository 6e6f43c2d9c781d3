using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;
using Catalogue.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalogue.Tests.Web.Features;

public sealed class SearchCountWarmerTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = SearchSampleCatalogue.SeedAsync };
    private readonly SearchResultCache _cache = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        _cache.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WarmAsync_AfterAChange_CountsTheMostUsedSearchBeforeItsNextVisitor()
    {
        var search = new CatalogueSearchService(_database.Factory, _cache);
        var popular = new CatalogueQuery { SdgTargets = ["4.1"] };
        await search.SearchAsync(popular);
        await search.SearchAsync(popular with { Page = 2 });
        await search.SearchAsync(new CatalogueQuery { Text = "school" });
        var before = await search.SearchAsync(popular, new SearchOptions(UseCache: false));
        await using (var db = _database.CreateContext())
        {
            var entry = await db.Entries.FirstAsync(e => e.Status == EntryStatus.Published && e.SdgTargets.Any(t => t.Code == "4.1"));
            entry.Status = EntryStatus.Archived;
            await db.SaveChangesAsync();
        }

        var computedBefore = _cache.Computations;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Catalogue:Search:WarmSearches"] = "1" }).Build();
        var warmer = new SearchCountWarmer(_database.Factory, search, _cache, configuration, NullLogger<SearchCountWarmer>.Instance);

        var warmed = await warmer.WarmAsync(CancellationToken.None);
        var computedByWarmer = _cache.Computations - computedBefore;
        var visitor = await search.SearchAsync(popular);

        Assert.Equal(1, warmed);
        Assert.Equal(1, computedByWarmer);
        Assert.Equal(computedBefore + 1, _cache.Computations);
        Assert.Equal(before.Total - 1, visitor.Total);
    }
}
