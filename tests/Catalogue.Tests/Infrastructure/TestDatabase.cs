using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database in the project's local cluster (scripts/db.sh), migrated, dropped on dispose.
/// Each test class that needs one gets its own, so classes can run in parallel.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public TestDatabase()
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString())
        {
            Database = $"catalogue_test_{Guid.NewGuid():N}"[..40],
        };
        ConnectionString = builder.ConnectionString;
    }

    public string ConnectionString { get; }

    public string DatabaseName => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    /// <summary>Set to false to get an empty database with no migrations applied.</summary>
    public bool Migrate { get; init; } = true;

    /// <summary>Data written after the migrations, e.g. <c>SearchSampleCatalogue.SeedAsync</c>.</summary>
    public Func<CatalogueDbContext, Task>? Seed { get; init; }

    public IDbContextFactory<CatalogueDbContext> Factory => new ContextFactory(ConnectionString);

    public CatalogueDbContext CreateContext() => Factory.CreateDbContext();

    public async Task InitializeAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString()))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        if (Migrate)
        {
            await using var db = CreateContext();
            await db.Database.MigrateAsync();
            if (Seed is not null)
            {
                await Seed(db);
            }
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // A host that is still shutting down may reconnect while the database is dropped; try again briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var server = new NpgsqlConnection(ServerConnectionString());
                await server.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    /// <summary>
    /// The cluster's maintenance connection: CATALOGUE_TEST_CONNECTION as printed by <c>scripts/db.sh env</c>
    /// (scripts/test.sh sets it), or read from the cluster folder when the tests run straight from an IDE.
    /// </summary>
    public static string ServerConnectionString()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CATALOGUE_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var root = RepositoryRoot();
        var passwordFile = Path.Combine(root, ".data", "pg", "catalogue.password");
        if (!File.Exists(passwordFile))
        {
            throw new InvalidOperationException(
                "No test database server: run the tests with scripts/test.sh, or start the cluster with scripts/db.sh start.");
        }

        var port = Environment.GetEnvironmentVariable("CATALOGUE_PG_PORT") ?? "55432";
        return $"Host=127.0.0.1;Port={port};Database=postgres;Username=catalogue;Password={File.ReadAllText(passwordFile).Trim()}";
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Catalogue.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Catalogue.sln not found above the test folder.");
    }

    private sealed class ContextFactory(string connectionString) : IDbContextFactory<CatalogueDbContext>
    {
        public CatalogueDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<CatalogueDbContext>();
            CatalogueDbContextOptions.Configure(options, connectionString);
            return new CatalogueDbContext(options.Options);
        }
    }
}
