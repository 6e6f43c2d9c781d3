using Catalogue.Core.Data;
using Catalogue.Core.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Web.Commands;

/// <summary>
/// Asks every app instance on this database to rebuild its search index from PostgreSQL (a rebuild request in the
/// search outbox). Each instance builds beside the index it serves from and swaps when done, so the site keeps
/// answering. Instances that are stopped rebuild when they start.
/// </summary>
public sealed class ReindexCommand : ICatalogueCommand
{
    public string Name => "reindex";

    public string Usage => "reindex   (every running instance rebuilds its search index; stopped ones do so when they start)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            throw new CommandLineException($"Unknown argument: {arguments[0]}");
        }

        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await SearchOutboxReader.RequestRebuildAsync(connection, cancellationToken);
        Console.WriteLine("Asked every instance to rebuild its search index; /health/ready shows \"building\" until each has swapped.");
        return 0;
    }
}
