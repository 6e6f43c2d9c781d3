using Catalogue.Tools.Benchmark;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Tools;

[Trait("Category", TestCategory.Database)]
public sealed class SearchBenchmarkTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = SearchSampleCatalogue.SeedAsync };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task RunAsync_SampleCatalogue_MeasuresEveryScenarioWithTheServicesTotals()
    {
        var (setup, rows) = await new SearchBenchmark(_database.Factory, _database.ConnectionString).RunAsync(iterations: 3, inMemory: false, TimeSpan.Zero, [], CancellationToken.None);

        Assert.Equal(SearchBenchmark.Mix.Select(m => m.Name), rows.Select(r => r.Scenario));
        using var index = await TestSearchIndex.StartAsync(_database);
        foreach (var (row, (_, query)) in rows.Zip(SearchBenchmark.Mix))
        {
            var expected = await index.Search.SearchAsync(query);
            Assert.Equal(expected.Total, row.Total);
            Assert.All(new[] { row.Service, row.Engine, row.Sql }, runs => Assert.Equal(3, runs.Length));
            Assert.All(row.Service.Concat(row.Sql), ms => Assert.True(ms > 0));
        }

        Assert.Equal(SearchSampleCatalogue.PublishedCount, rows[0].Total);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, setup.Entries);
        Assert.True(setup.IndexBytes > 0 && setup.RssBytes > 0 && setup.SegmentArrayBytes > 0);
        var table = SearchBenchmark.Format(setup, rows, iterations: 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SearchBenchmark.Mix.Count, table.Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| scenario", StringComparison.Ordinal)));
        Assert.All(table.Where(l => l.StartsWith("| ", StringComparison.Ordinal)), l => Assert.Equal(12, l.Count(c => c == '|')));
    }

    [Fact]
    public async Task RunAsync_OneScenario_TimesThatScenarioAlone()
    {
        var (_, rows) = await new SearchBenchmark(_database.Factory, _database.ConnectionString).RunAsync(iterations: 2, inMemory: true, TimeSpan.Zero, ["typo"], CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Equal("typo", row.Scenario);
        Assert.Equal(2, row.Sql.Length);
    }
}
