using Catalogue.Web.Components;
using Catalogue.Web.Features.Alerts;
using Catalogue.Web.Hosting.Localization;
using Microsoft.AspNetCore.Routing;
using Serilog;

namespace Catalogue.Web.Hosting;

public static class CataloguePipeline
{
    public static WebApplication UseCatalogue(this WebApplication app)
    {
        app.UseDeploymentDefaults();
        app.UseCatalogueLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Request logging outside the outage answer, so that the log says 503 (what the reader got), not 500.
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel.For);
        app.UseMiddleware<DatabaseOutageMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseMiddleware<MalformedFormMiddleware>();
        app.UseCuration();
        app.UseAntiforgery();
        app.UseMiddleware<ReadOnlyPageMiddleware>();

        app.MapHealthEndpoints();
        app.UseImportExport();
        app.UsePublicCatalogue();
        app.UseOpenData();
        app.MapAlerts();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().Add(AnswerHead);
        return app;
    }

    // Link checkers, crawlers and proxies send HEAD; Kestrel answers it with the GET's headers and no body.
    internal static void AnswerHead(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
        }
    }
}
