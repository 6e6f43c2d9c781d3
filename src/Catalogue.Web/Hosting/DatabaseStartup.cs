using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// In Development (or with Database:MigrateOnStartup=true) applies pending migrations at start;
    /// elsewhere the schema changes only through the explicit <c>migrate</c> command.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Database:MigrateOnStartup");
        if (!migrate)
        {
            return;
        }

        var factory = app.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            app.Logger.LogInformation("Applying {Count} pending migrations", pending.Count);
            await db.Database.MigrateAsync();
        }

        await ImportExportRegistration.OnDatabaseReadyAsync(app);
        await CurationRegistration.OnDatabaseReadyAsync(app);
    }
}
