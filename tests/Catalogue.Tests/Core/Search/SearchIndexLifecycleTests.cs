using Catalogue.Core.Search;
using Catalogue.Core.Search.Indexing;
using Catalogue.Tests.Infrastructure;
using Lucene.Net.Store;
using Npgsql;

namespace Catalogue.Tests.Core.Search;

/// <summary>An index on disk survives restarts; one that is missing, corrupt, of an older layout or too far behind is rebuilt.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class SearchIndexLifecycleTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = SearchSampleCatalogue.SeedAsync };
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("search-index-").FullName;

    private SearchIndexOptions Settings => new() { IndexPath = _folder };

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Start_ExistingIndex_OpensItAndAppliesWhatChangedWhileStopped()
    {
        string folder;
        using (var first = await TestSearchIndex.StartAsync(_database, Settings))
        {
            await first.Updater.CommitAsync(CancellationToken.None);
            folder = first.Index.Current!.Folder!;
        }

        await ExecuteAsync("UPDATE entries SET title = 'Axolotl tutoring while stopped' WHERE title = 'Open Doors School Strategy in Colombia'");
        using var second = await TestSearchIndex.StartAsync(_database, Settings);

        Assert.Equal(folder, second.Index.Current!.Folder);
        Assert.Empty(await TitlesAsync(second, "axolotl "));
        await second.CatchUpAsync();
        Assert.Equal(["Axolotl tutoring while stopped"], await TitlesAsync(second, "axolotl "));
    }

    [Fact]
    public async Task Start_CorruptIndex_BuildsANewOne()
    {
        string folder;
        using (var first = await TestSearchIndex.StartAsync(_database, Settings))
        {
            folder = first.Index.Current!.Folder!;
        }

        foreach (var file in System.IO.Directory.GetFiles(folder, "segments_*"))
        {
            await File.WriteAllTextAsync(file, "not an index");
        }

        using var second = await TestSearchIndex.StartAsync(_database, Settings);

        Assert.NotEqual(folder, second.Index.Current!.Folder);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, (await second.Search.SearchAsync(new CatalogueQuery(), SearchOptions.ResultsOnly)).Total);
    }

    [Fact]
    public async Task Start_OlderLayout_KeepsAnsweringFromItWhileANewOneIsBuilt()
    {
        using (var first = await TestSearchIndex.StartAsync(_database, Settings))
        {
            var handle = first.Index.Current!;
            handle.Writer.SetCommitData(new Dictionary<string, string>(handle.Writer.CommitData) { [IndexFields.LayoutKey] = "0" });
            handle.Writer.Commit();
        }

        var settings = Settings;
        var second = new TestSearchIndexStarter(_database, settings);
        await second.Index.Updater.StartAsync(CancellationToken.None);

        Assert.True(second.Index.Index.IsReady);
        Assert.Equal(SearchSampleCatalogue.PublishedCount, (await second.Index.Search.SearchAsync(new CatalogueQuery(), SearchOptions.ResultsOnly)).Total);
        await second.Index.Updater.Rebuilding;
        Assert.Equal(IndexFields.LayoutVersion, second.Index.Index.Current!.Layout);
        second.Index.Dispose();
    }

    [Fact]
    public async Task Start_OutboxPrunedPastTheIndex_Rebuilds()
    {
        string folder;
        using (var first = await TestSearchIndex.StartAsync(_database, Settings))
        {
            folder = first.Index.Current!.Folder!;
        }

        await ExecuteAsync("UPDATE search_index_state SET pruned_below = 9223372036854775000");
        using var second = await TestSearchIndex.StartAsync(_database, Settings);

        Assert.NotEqual(folder, second.Index.Current!.Folder);
    }

    [Fact]
    public async Task Start_IndexOfAnotherDatabase_IsNotUsed()
    {
        string folder;
        using (var first = await TestSearchIndex.StartAsync(_database, Settings))
        {
            folder = first.Index.Current!.Folder!;
        }

        await ExecuteAsync("UPDATE search_index_state SET catalogue_id = gen_random_uuid()");
        using var second = await TestSearchIndex.StartAsync(_database, Settings);

        var owner = Path.GetFileName(folder).Split('-')[0];
        Assert.NotEqual(owner, Path.GetFileName(second.Index.Current!.Folder!).Split('-')[0]);
        Assert.True(System.IO.Directory.Exists(folder), "the other database's index is left alone");
        Assert.Equal(SearchSampleCatalogue.PublishedCount, (await second.Search.SearchAsync(new CatalogueQuery(), SearchOptions.ResultsOnly)).Total);
    }

    [Fact]
    public async Task Prune_OldRows_RaiseTheWatermarkAnIndexNeeds()
    {
        await ExecuteAsync("UPDATE search_outbox SET created_at = now() - interval '8 days'");
        using var index = await TestSearchIndex.StartAsync(_database, Settings);

        await index.Updater.PruneOutboxAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var (_, prunedBelow) = await SearchOutboxReader.ReadStateAsync(connection, CancellationToken.None);
        Assert.True(prunedBelow > 0);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM search_outbox", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static async Task<List<string>> TitlesAsync(TestSearchIndex index, string text) =>
        (await index.Search.SearchAsync(new CatalogueQuery { Text = text }, SearchOptions.ResultsOnly)).Hits.Select(h => h.Title).ToList();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Starts an index without waiting for the build it begins.</summary>
    private sealed class TestSearchIndexStarter(TestDatabase database, SearchIndexOptions settings)
    {
        public TestSearchIndex Index { get; } = TestSearchIndex.Create(database, settings);
    }
}
