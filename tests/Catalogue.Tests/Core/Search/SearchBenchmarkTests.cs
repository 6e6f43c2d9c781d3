using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Core.Search;

public sealed class SearchBenchmarkTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = SearchSampleCatalogue.SeedAsync };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task RunAsync_SampleCatalogue_MeasuresEveryScenarioWithTheServicesTotals()
    {
        var rows = await new SearchBenchmark(_database.Factory, _database.ConnectionString).RunAsync(iterations: 3, CancellationToken.None);

        Assert.Equal(SearchBenchmark.Mix.Select(m => m.Name), rows.Select(r => r.Scenario));
        foreach (var (row, (_, query)) in rows.Zip(SearchBenchmark.Mix))
        {
            var expected = await new CatalogueSearchService(_database.Factory).SearchAsync(query);
            Assert.Equal(expected.Total, row.Total);
            Assert.All(new[] { row.Service, row.Repeat, row.Sql }, runs => Assert.Equal(3, runs.Length));
            Assert.Equal(2, row.NextPage.Length);
            Assert.All(row.Service.Concat(row.Sql), ms => Assert.True(ms > 0));
        }

        Assert.Equal(SearchSampleCatalogue.PublishedCount, rows[0].Total);
        var table = SearchBenchmark.Format(rows, SearchSampleCatalogue.PublishedCount, iterations: 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SearchBenchmark.Mix.Count, table.Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| scenario", StringComparison.Ordinal)));
        Assert.All(table.Where(l => l.StartsWith("| ", StringComparison.Ordinal)), l => Assert.Equal(15, l.Count(c => c == '|')));
    }
}
