using Catalogue.Core.Data;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Catalogue.Tests.Core.Data;

[Trait("Category", TestCategory.Database)]
public sealed class MigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new() { Migrate = false };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigration()
    {
        await using var db = _database.CreateContext();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(10, await db.SdgTargets.CountAsync());
    }

    [Fact]
    public async Task SchemaMigrator_NewDatabase_AppliesEveryMigrationAndLogsNoError()
    {
        var errors = new List<string>();
        using var logging = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new ErrorCollector(errors)));
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        CatalogueDbContextOptions.Configure(options, _database.ConnectionString);
        await using var db = new CatalogueDbContext(options.UseLoggerFactory(logging).Options);

        var applied = await SchemaMigrator.MigrateAsync(db, CancellationToken.None);
        var again = await SchemaMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(again);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Migrate_AppliedTwice_ChangesNothing()
    {
        await using (var db = _database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        var before = await SchemaFingerprintAsync();
        await using (var db = _database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        var after = await SchemaFingerprintAsync();
        Assert.Equal(before, after);
        Assert.Contains("entries.search_vector:tsvector", before);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_EnablesSearchExtensionsAndConfiguration()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();

        var fingerprint = await SchemaFingerprintAsync();
        Assert.Contains("extension:unaccent", fingerprint);
        Assert.Contains("extension:pg_trgm", fingerprint);
        Assert.Contains("tsconfig:english_unaccent", fingerprint);
    }

    /// <summary>Columns, indexes, extensions, text search configurations and row counts of every table.</summary>
    private async Task<List<string>> SchemaFingerprintAsync()
    {
        const string sql = """
            SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL SELECT 'index:' || indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL SELECT 'extension:' || extname FROM pg_extension
            UNION ALL SELECT 'tsconfig:' || cfgname FROM pg_ts_config WHERE cfgnamespace = 'public'::regnamespace
            UNION ALL SELECT 'rows:' || table_name || ':' ||
                (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text
                FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
            """;
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private sealed class ErrorCollector(List<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(errors);

        public void Dispose()
        {
        }

        private sealed class Collector(List<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    errors.Add(formatter(state, exception));
                }
            }
        }
    }
}
