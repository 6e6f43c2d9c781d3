using Catalogue.Web.Components;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Features.Alerts;
using Catalogue.Web.Features.Browse;
using Catalogue.Web.Features.OpenData;
using Catalogue.Web.Hosting.Localization;
using Microsoft.AspNetCore.Diagnostics;
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
        app.Use(KeepRejectedPostStatus);
        app.UseClientRateLimits();
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

    /// <summary>
    /// A rejected form post (no antiforgery token: 400; rate limit: 429) keeps its status: re-executing it as a POST to
    /// the not-found page would run the antiforgery check a second time and fail with a 500.
    /// </summary>
    private static Task KeepRejectedPostStatus(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        return next(context);
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
