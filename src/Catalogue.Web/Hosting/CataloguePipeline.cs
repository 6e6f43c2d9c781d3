using Catalogue.Web.Components;
using Serilog;

namespace Catalogue.Web.Hosting;

public static class CataloguePipeline
{
    public static WebApplication UseCatalogue(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseCuration();
        app.UseAntiforgery();

        app.MapHealthEndpoints();
        app.UseImportExport();
        app.UsePublicCatalogue();
        app.UseOpenData();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
