using Catalogue.Core.Search;
using Catalogue.Web.Components.Shared;
using Catalogue.Web.Features.Entries;
using Catalogue.Web.Hosting;

namespace Catalogue.Web.Features.Browse;

/// <summary>Services and endpoints of the public catalogue: search, facets, pages (issue 5).</summary>
public static class PublicCatalogueRegistration
{
    public static WebApplicationBuilder AddPublicCatalogue(this WebApplicationBuilder builder)
    {
        builder.AddSearchIndex();
        builder.Services.AddSingleton<IPublicEntries, PublicEntryReader>();
        builder.Services.AddSingleton<IReferenceTexts, ReferenceTexts>();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddResponseCompression(options =>
        {
            // Public pages hold no secrets (no antiforgery tokens or personal data), so compressing them over HTTPS
            // cannot leak anything through BREACH; the admin area is left uncompressed.
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        return builder;
    }

    public static WebApplication UsePublicCatalogue(this WebApplication app)
    {
        app.UseWhen(context => !Components.App.IsInteractivePath(context.Request.Path), branch => branch.UseResponseCompression());
        app.UseMiddleware<SlugRedirectMiddleware>();
        return app;
    }
}
