using System.Diagnostics;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Tests.Core.Curation;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Search;

/// <summary>Two app instances on one database, each with its own index folder: a publish on one reaches the other.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = async db => { await Core.Search.SearchSampleCatalogue.SeedAsync(db); await TestAccounts.AddAsync(db, CurationTestData.All); } };
    private readonly string _folder = Directory.CreateTempSubdirectory("two-instances-").FullName;
    private WebApplicationFactory<Program> _first = null!;
    private WebApplicationFactory<Program> _second = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _first = Instance("first");
        _second = Instance("second");
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Publish_OnOneInstance_IsSearchableThereAtOnceAndOnTheOtherWithinTwoSeconds()
    {
        Assert.Empty(await TitlesAsync(_first, "pangolin "));
        Assert.Empty(await TitlesAsync(_second, "pangolin "));
        var curation = _first.Services.GetRequiredService<EntryCurationService>();

        var id = await curation.CreateAsync(CurationTestData.Curator, CurationTestData.Model("Pangolin reading clubs"));
        await curation.TransitionCurrentAsync(CurationTestData.Curator, id, EntryStatus.Published);

        // The instance that saved it applied its own change before the call returned: no waiting.
        Assert.Equal(["Pangolin reading clubs"], await TitlesAsync(_first, "pangolin "));
        var clock = Stopwatch.StartNew();
        while ((await TitlesAsync(_second, "pangolin ")).Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        Assert.Equal(["Pangolin reading clubs"], await TitlesAsync(_second, "pangolin "));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the second instance took {clock.Elapsed.TotalSeconds:0.0} s");
        // Each instance keeps its own index in its own folder (a busy start may leave an older build there a moment).
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(_folder, "first")));
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(_folder, "second")));
    }

    private WebApplicationFactory<Program> Instance(string name) =>
        new CatalogueAppFactory(_database.ConnectionString).WithWebHostBuilder(builder => builder
            .UseSetting("Search:InMemory", "false")
            .UseSetting("Search:IndexPath", Path.Combine(_folder, name)));

    private static async Task<List<string>> TitlesAsync(WebApplicationFactory<Program> instance, string text) =>
        (await instance.Services.GetRequiredService<ICatalogueSearch>().SearchAsync(new CatalogueQuery { Text = text }, SearchOptions.ResultsOnly))
            .Hits.Select(h => h.Title).ToList();
}
