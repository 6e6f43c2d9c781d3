namespace Catalogue.Web.Hosting;

/// <summary>Services and endpoints of the public catalogue: search, facets, pages (issue 5).</summary>
public static class PublicCatalogueRegistration
{
    public static WebApplicationBuilder AddPublicCatalogue(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication UsePublicCatalogue(this WebApplication app)
    {
        return app;
    }
}
