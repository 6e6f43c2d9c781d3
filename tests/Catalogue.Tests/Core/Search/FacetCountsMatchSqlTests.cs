using Catalogue.Tools.Generation;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Tests.Infrastructure;
using Npgsql;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tests.Core.Search;

/// <summary>
/// The index's total and every facet's counts equal disjunctive counting written in SQL, over the sample catalogue and
/// a generated one, for text, hierarchy, year ranges and their combinations. Search text ends with a space (no prefix
/// matching, which PostgreSQL's web search does not have) and uses words whose forms every analyzer treats alike.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class FacetCountsMatchSqlTests(FacetCountsMatchSqlTests.Catalogues fixture) : IClassFixture<FacetCountsMatchSqlTests.Catalogues>
{
    public static TheoryData<string> Combinations { get; } =
    [
        "",
        "sdg=4.1",
        "sdg=4.1&sdg=4.5&kind=programme",
        "region=142",
        "region=002&country=TR",
        "region=419&sdg=4.1&scope=national",
        "from=2015&to=2020",
        "to=2012&kind=publication",
        "q=education ",
        "q=integration &sdg=4.1&region=150",
        "q=vocational &from=2010",
        "q=education -digital &gcm=15",
        "q=\"inclusive education\" ",
        "lang=fr&kw=Refugees&tag=Education",
        "gcm=15&gcm=16&theme=Child-sensitive&aud=Government&to=2020",
        "ben=Refugees&org=UNHCR&region=009&ind=4.1.1",
    ];

    [Theory]
    [MemberData(nameof(Combinations))]
    public Task Counts_SampleCatalogue_EqualSql(string queryString) => CompareAsync(fixture.Sample, queryString);

    [Theory]
    [MemberData(nameof(Combinations))]
    public Task Counts_GeneratedCatalogue_EqualSql(string queryString) => CompareAsync(fixture.Generated, queryString);

    private static async Task CompareAsync((TestDatabase Database, TestSearchIndex Index) catalogue, string queryString)
    {
        var query = CatalogueQueryParser.Parse(queryString).Query;
        var found = await catalogue.Index.Search.FindAsync(new EngineRequest(query, Take: 0));
        await using var connection = new NpgsqlConnection(catalogue.Database.ConnectionString);
        await connection.OpenAsync();
        var (total, counts) = await SqlFacetReference.CountAsync(connection, query);

        Assert.Equal(total, found.Total);
        foreach (var (key, expected) in counts)
        {
            var actual = found.Counts[key];
            var differences = expected.Keys.Union(actual.Keys)
                .Where(v => expected.GetValueOrDefault(v) != actual.GetValueOrDefault(v))
                .Select(v => $"{v}: SQL {expected.GetValueOrDefault(v)}, index {actual.GetValueOrDefault(v)}").ToList();
            Assert.True(differences.Count == 0, $"{key} for '{queryString}': {string.Join("; ", differences.Take(10))}");
        }
    }

    public sealed class Catalogues : IAsyncLifetime
    {
        public (TestDatabase Database, TestSearchIndex Index) Sample { get; private set; }

        public (TestDatabase Database, TestSearchIndex Index) Generated { get; private set; }

        public async Task InitializeAsync()
        {
            var sample = new TestDatabase { Seed = SearchSampleCatalogue.SeedAsync };
            var generated = new TestDatabase();
            await Task.WhenAll(sample.InitializeAsync(), generated.InitializeAsync());
            await new CatalogueGenerator(generated.Factory).GenerateAsync(3_000, seed: 7, null, CancellationToken.None);
            Sample = (sample, await TestSearchIndex.StartAsync(sample));
            Generated = (generated, await TestSearchIndex.StartAsync(generated));
        }

        public async Task DisposeAsync()
        {
            Sample.Index.Dispose();
            Generated.Index.Dispose();
            await Sample.Database.DisposeAsync();
            await Generated.Database.DisposeAsync();
        }
    }
}
