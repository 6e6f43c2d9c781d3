namespace Catalogue.Web.Hosting;

/// <summary>Services and endpoints of import and export (issue 4).</summary>
public static class ImportExportRegistration
{
    public static WebApplicationBuilder AddImportExport(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication UseImportExport(this WebApplication app)
    {
        return app;
    }

    /// <summary>Runs at start in Development (or with Database:MigrateOnStartup), after migrations.</summary>
    public static Task OnDatabaseReadyAsync(WebApplication app)
    {
        return Task.CompletedTask;
    }
}
