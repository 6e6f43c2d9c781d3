using Catalogue.Core.Search;
using Catalogue.Web.Components.Shared;

namespace Catalogue.Web.Hosting;

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

/// <summary>
/// /entries/{old-slug} answers 301 with the entry's current URL. Runs before the page, and only looks at the
/// slug_redirects primary key, so an ordinary entry view costs one indexed lookup more.
/// </summary>
public sealed class SlugRedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IPublicEntries entries)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var path = context.Request.Path.Value ?? "";
            const string prefix = "/entries/";
            if (path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && path.IndexOf('/', prefix.Length) < 0)
            {
                var slug = Uri.UnescapeDataString(path[prefix.Length..]);
                var current = slug.Length <= Catalogue.Core.Entities.Entry.SlugMaxLength
                    ? await entries.FindRedirectAsync(slug, context.RequestAborted)
                    : null;
                if (current is not null)
                {
                    context.Response.Redirect($"{prefix}{Uri.EscapeDataString(current)}{context.Request.QueryString}", permanent: true);
                    return;
                }
            }
        }

        await next(context);
    }
}
