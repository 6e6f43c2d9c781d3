using System.Net.Http.Json;
using System.Text.Json;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.Operations;
using Catalogue.Tests.Core.Curation;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Tests.Web.Operations;

/// <summary>Fill, back up, restore into a fresh database, start the app on it: the same catalogue, searched the same way.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class RestoreDrillTests : IAsyncLifetime
{
    private static readonly string[] Tables =
    [
        "entries", "entry_revisions", "entry_keywords", "entry_countries", "entry_sdg_targets", "entry_organisations", "entry_relations",
        "keywords", "organisations", "asp_net_users", "audit_events", "slug_redirects", "search_outbox",
    ];

    private readonly TestDatabase _source = new() { Seed = async db => { await SearchSampleCatalogue.SeedAsync(db); await TestAccounts.AddAsync(db, CurationTestData.All); } };
    private readonly TestDatabase _target = new() { Migrate = false };
    private readonly string _folder = Directory.CreateTempSubdirectory("backups-").FullName;

    public Task InitializeAsync() => Task.WhenAll(_source.InitializeAsync(), _target.InitializeAsync());

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BackupAndRestore_IntoAFreshDatabase_GivesTheSameCatalogueAndRebuildsTheIndex()
    {
        var curation = new EntryCurationService(_source.Factory);
        var id = await curation.CreateAsync(CurationTestData.Curator, CurationTestData.Model("Restored reading circles", "Refugee children"));
        await curation.TransitionCurrentAsync(CurationTestData.Curator, id, EntryStatus.Published);

        var (report, _) = await new DatabaseBackup(_source.ConnectionString).BackupToFolderAsync(_folder, keep: 3, CancellationToken.None);
        await new DatabaseBackup(_target.ConnectionString).RestoreAsync(report.File, CancellationToken.None);

        foreach (var table in Tables)
        {
            Assert.True(await CountAsync(_source, table) + (table == "search_outbox" ? 1 : 0) == await CountAsync(_target, table), table);
        }

        Assert.Equal(await HistoryAsync(_source, id), await HistoryAsync(_target, id));
        Assert.NotEqual(await CatalogueIdAsync(_source), await CatalogueIdAsync(_target));
        await using var source = new CatalogueAppFactory(_source.ConnectionString);
        await using var restored = new CatalogueAppFactory(_target.ConnectionString);
        const string search = "/api/v1/entries?q=children&sdg=4.1&pageSize=100";
        Assert.Equal(Facets(await source.CreateClient().GetStringAsync(search)), Facets(await restored.CreateClient().GetStringAsync(search)));
    }

    [Fact]
    public async Task Backup_WhileCuratorsSave_IsConsistent()
    {
        using var stop = new CancellationTokenSource();
        var curation = new EntryCurationService(_source.Factory);
        var saved = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await curation.CreateAsync(CurationTestData.Curator, CurationTestData.Model($"Concurrent entry {saved}", "Alpha keyword", "Beta keyword", "Gamma keyword"));
                saved++;
            }
        });
        await Task.Delay(300);
        var (report, _) = await new DatabaseBackup(_source.ConnectionString).BackupToFolderAsync(_folder, keep: 3, CancellationToken.None);
        await stop.CancelAsync();
        await writer;

        await new DatabaseBackup(_target.ConnectionString).RestoreAsync(report.File, CancellationToken.None);

        await using var db = _target.CreateContext();
        var restored = await db.Entries.Where(e => e.Title.StartsWith("Concurrent entry"))
            .Select(e => new { e.Title, Keywords = e.Keywords.Count, Revisions = db.EntryRevisions.Count(r => r.EntryId == e.Id) }).ToListAsync();
        Assert.NotEmpty(restored);
        Assert.True(restored.Count < saved, "the backup should have been taken while curators were saving");
        Assert.All(restored, e => Assert.Equal((3, 1), (e.Keywords, e.Revisions)));
    }

    [Fact]
    public async Task Restore_IntoADatabaseThatIsNotEmpty_IsRefusedAndChangesNothing()
    {
        var file = Path.Combine(_folder, "one.dump");
        await new DatabaseBackup(_source.ConnectionString).BackupAsync(file, CancellationToken.None);
        var before = await CountAsync(_source, "entries");

        var refused = await Assert.ThrowsAsync<BackupException>(() => new DatabaseBackup(_source.ConnectionString).RestoreAsync(file, CancellationToken.None));

        Assert.Contains("not empty", refused.Message);
        Assert.Equal(before, await CountAsync(_source, "entries"));
    }

    [Fact]
    public async Task BackupToFolder_MoreThanKeep_DeletesTheOldest()
    {
        var backup = new DatabaseBackup(_source.ConnectionString);
        for (var i = 0; i < 3; i++)
        {
            await backup.BackupToFolderAsync(_folder, keep: 2, CancellationToken.None);
            await Task.Delay(1100);
        }

        Assert.Equal(2, Directory.GetFiles(_folder, "*.dump").Length);
    }

    private static async Task<long> CountAsync(TestDatabase database, string table)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> HistoryAsync(TestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        var revisions = await db.EntryRevisions.Where(r => r.EntryId == id).OrderBy(r => r.RevisionNumber)
            .Select(r => new { r.RevisionNumber, r.Action, r.ChangedBy, r.ChangedAt }).ToListAsync();
        return JsonSerializer.Serialize(revisions);
    }

    private static async Task<Guid> CatalogueIdAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return (await SearchOutboxState(connection)).CatalogueId;
    }

    private static Task<(Guid CatalogueId, long PrunedBelow)> SearchOutboxState(NpgsqlConnection connection) =>
        Catalogue.Core.Search.Indexing.SearchOutboxReader.ReadStateAsync(connection, CancellationToken.None);

    private static string Facets(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetRawText() + document.RootElement.GetProperty("facets").GetRawText();
    }
}
