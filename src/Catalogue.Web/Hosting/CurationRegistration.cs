namespace Catalogue.Web.Hosting;

/// <summary>Services and endpoints of accounts, roles and the admin area (issue 6).</summary>
public static class CurationRegistration
{
    public static WebApplicationBuilder AddCuration(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication UseCuration(this WebApplication app)
    {
        return app;
    }

    /// <summary>Runs at start in Development (or with Database:MigrateOnStartup), after migrations.</summary>
    public static Task OnDatabaseReadyAsync(WebApplication app)
    {
        return Task.CompletedTask;
    }
}
