using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Core.Data;

/// <summary>
/// Brings the schema up to date. EF asks for the applied migrations by reading the history table, and on a new
/// database that read fails and is logged as an error although nothing is wrong; so the table is created first.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Applies the pending migrations and returns their names (empty when the schema was up to date).</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }
}
