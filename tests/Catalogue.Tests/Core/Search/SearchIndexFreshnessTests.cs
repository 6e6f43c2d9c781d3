using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Tools.Generation;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Tests.Core.Curation;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tests.Core.Search;

/// <summary>Every change reaches the index through the outbox, in order, without skipping one that commits late.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class SearchIndexFreshnessTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Seed = async db => { await SearchSampleCatalogue.SeedAsync(db); await TestAccounts.AddAsync(db, CurationTestData.All); } };
    private TestSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _index = await TestSearchIndex.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Outbox_WriteRolledBackOrCommitted_HasARowOnlyWhenCommitted()
    {
        var id = await IdAsync("Open Doors School Strategy in Colombia");
        await using var connection = await OpenAsync();
        var before = await OutboxRowsAsync(connection, id);

        await using (var rolledBack = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, $"UPDATE entries SET title = 'Changed' WHERE id = {id}");
            await ExecuteAsync(connection, $"UPDATE entries SET summary = 'Changed too' WHERE id = {id}");
            Assert.Equal(before + 1, await OutboxRowsAsync(connection, id, rolledBack));
            await rolledBack.RollbackAsync();
        }

        Assert.Equal(before, await OutboxRowsAsync(connection, id));
        await ExecuteAsync(connection, $"UPDATE entries SET title = 'Changed' WHERE id = {id}");
        await ExecuteAsync(connection, $"DELETE FROM entry_sdg_targets WHERE entry_id = {id}");
        Assert.Equal(before + 2, await OutboxRowsAsync(connection, id));
    }

    [Fact]
    public async Task CatchUp_TransactionThatWroteFirstCommitsLast_IsNotSkipped()
    {
        var first = await IdAsync("Open Doors School Strategy in Colombia");
        var second = await IdAsync("Teacher training for multilingual classrooms");
        await using var late = await OpenAsync();
        await using var early = await OpenAsync();

        await using var lateTransaction = await late.BeginTransactionAsync();
        await ExecuteAsync(late, $"UPDATE entries SET title = 'Zebrafinch late writer' WHERE id = {first}");
        await ExecuteAsync(early, $"UPDATE entries SET title = 'Quokka early committer' WHERE id = {second}");
        await _index.CatchUpAsync();
        Assert.Equal([second], await FindAsync("quokka "));
        Assert.Empty(await FindAsync("zebrafinch "));

        await lateTransaction.CommitAsync();
        await _index.CatchUpAsync();

        Assert.Equal([first], await FindAsync("zebrafinch "));
    }

    [Fact]
    public async Task CatchUp_WorkflowRenameMergeAndDelete_AreAllApplied()
    {
        var curation = new EntryCurationService(_database.Factory);
        var taxonomy = new TaxonomyService(_database.Factory);
        var created = await curation.CreateAsync(CurationTestData.Curator, CurationTestData.Model("Narwhal literacy circles", "Narwhal keyword"));
        await _index.CatchUpAsync();
        Assert.Empty(await FindAsync("narwhal "));

        await curation.TransitionCurrentAsync(CurationTestData.Curator, created, EntryStatus.InReview);
        await curation.TransitionCurrentAsync(CurationTestData.Curator, created, EntryStatus.Published);
        await _index.CatchUpAsync();
        Assert.Equal([created], await FindAsync("narwhal "));

        var keyword = await KeywordIdAsync("Narwhal keyword");
        await taxonomy.RenameAsync(CurationTestData.Admin, TaxonomyKind.Keyword, keyword, "Okapi keyword");
        await _index.CatchUpAsync();
        Assert.Equal([created], await FindAsync("okapi "));
        Assert.Equal([created], (await _index.Search.FindAsync(new EngineRequest(new CatalogueQuery().With(K.Keyword, "Okapi keyword"), CountKeys: [], AllIds: true))).EntryIds);

        var target = await KeywordIdAsync("Integration policies");
        await taxonomy.MergeAsync(CurationTestData.Admin, TaxonomyKind.Keyword, keyword, target);
        await _index.CatchUpAsync();
        Assert.Contains(created, (await _index.Search.FindAsync(new EngineRequest(new CatalogueQuery().With(K.Keyword, "Integration policies"), CountKeys: [], AllIds: true))).EntryIds);
        Assert.Empty(await FindAsync("okapi "));

        await curation.TransitionCurrentAsync(CurationTestData.Curator, created, EntryStatus.Archived);
        await _index.CatchUpAsync();
        Assert.Empty(await FindAsync("narwhal "));
    }

    [Fact]
    public async Task Search_EntryUnpublishedWhileIndexIsBehind_PageLeavesItOut()
    {
        var id = await IdAsync("Open Doors School Strategy in Colombia");
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, $"UPDATE entries SET status = 'Draft' WHERE id = {id}");

        var results = await _index.Search.SearchAsync(new CatalogueQuery { Text = "colombia " });

        Assert.Contains(id, (await _index.Search.FindAsync(new EngineRequest(new CatalogueQuery { Text = "colombia " }))).EntryIds);
        Assert.DoesNotContain(results.Hits, h => h.Id == id);
    }

    [Fact]
    public async Task CatchUp_GeneratorBulkLoad_RebuildsOnceWithEveryEntry()
    {
        await using var connection = await OpenAsync();
        var rowsBefore = await OutboxRowsAsync(connection, null);

        await new CatalogueGenerator(_database.Factory).GenerateAsync(400, seed: 3, null, CancellationToken.None);
        await _index.CatchUpAsync();
        await _index.Updater.Rebuilding;

        Assert.Equal(rowsBefore + 1, await OutboxRowsAsync(connection, null));
        await using var db = _database.CreateContext();
        var published = await db.Entries.CountAsync(e => e.Status == EntryStatus.Published);
        Assert.Equal(published, (await _index.Search.SearchAsync(new CatalogueQuery(), SearchOptions.ResultsOnly)).Total);
    }

    private async Task<List<int>> FindAsync(string text) =>
        (await _index.Search.FindAsync(new EngineRequest(new CatalogueQuery { Text = text }, CountKeys: [], AllIds: true))).EntryIds.Order().ToList();

    private async Task<int> IdAsync(string title)
    {
        await using var db = _database.CreateContext();
        return await db.Entries.Where(e => e.Title == title).Select(e => e.Id).SingleAsync();
    }

    private async Task<int> KeywordIdAsync(string name)
    {
        await using var db = _database.CreateContext();
        return await db.Keywords.Where(k => k.Name == name).Select(k => k.Id).SingleAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Outbox rows for the entry (null: rebuild requests).</summary>
    private static async Task<int> OutboxRowsAsync(NpgsqlConnection connection, int? entryId, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM search_outbox WHERE entry_id IS NOT DISTINCT FROM @id", connection, transaction);
        command.Parameters.AddWithValue("id", (object?)entryId ?? DBNull.Value);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
