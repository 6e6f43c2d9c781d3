using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Commands;

/// <summary>Applies pending migrations; the way outside Development to create or upgrade the schema.</summary>
public sealed class MigrateCommand : ICatalogueCommand
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        Console.WriteLine(pending.Count == 0
            ? "The database is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
