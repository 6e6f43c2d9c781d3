namespace Catalogue.Web.Hosting;

/// <summary>Services and endpoints of REST API, feeds, citations, OAI-PMH, sitemap (issue 7).</summary>
public static class OpenDataRegistration
{
    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication UseOpenData(this WebApplication app)
    {
        return app;
    }
}
