using Catalogue.Core.Data;
using Catalogue.Web.Features.Admin;
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
        var applied = await SchemaMigrator.MigrateAsync(db, CancellationToken.None);
        if (applied.Count > 0)
        {
            app.Logger.LogInformation("Applied {Count} pending migrations", applied.Count);
        }

        await ImportExportRegistration.OnDatabaseReadyAsync(app);
        await CurationRegistration.OnDatabaseReadyAsync(app);
    }
}
