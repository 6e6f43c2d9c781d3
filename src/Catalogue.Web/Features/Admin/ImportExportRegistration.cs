using Catalogue.Core.ImportExport;

namespace Catalogue.Web.Features.Admin;

/// <summary>Services and endpoints of import and export (issue 4).</summary>
public static class ImportExportRegistration
{
    public static WebApplicationBuilder AddImportExport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Import").Get<ImportOptions>() ?? new ImportOptions());
        builder.Services.AddSingleton<CatalogueImporter>();
        builder.Services.AddSingleton<CatalogueExporter>();
        builder.Services.AddSingleton<Catalogue.Core.Search.IEntryMatcher, Catalogue.Core.Search.IndexEntryMatcher>();
        return builder;
    }

    public static WebApplication UseImportExport(this WebApplication app)
    {
        return app;
    }

    /// <summary>Runs at start in Development (or with Database:MigrateOnStartup), after migrations: loads the sample catalogue into an empty database.</summary>
    public static async Task OnDatabaseReadyAsync(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("SampleCatalogue:Load"))
        {
            return;
        }

        var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Catalogue.Core.Data.CatalogueDbContext>>();
        var report = await SampleCatalogue.LoadIfEmptyAsync(factory, app.Services.GetRequiredService<CatalogueImporter>(), app.Lifetime.ApplicationStopping);
        if (report is null)
        {
            return;
        }

        if (report.Committed)
        {
            app.Logger.LogInformation("Loaded the sample catalogue: {Created} entries", report.Created);
        }
        else
        {
            app.Logger.LogError("The sample catalogue could not be loaded: {Report}", report.ToText());
        }
    }
}
