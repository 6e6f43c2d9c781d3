using System.Globalization;
using Catalogue.Core.OpenData;
using Catalogue.Core.Search.Indexing;
using Catalogue.Web.Features.Insights;
using Catalogue.Web.Features.OpenData;
using Catalogue.Web.Features.OpenData.Api;
using Catalogue.Web.Features.OpenData.Oai;
using Catalogue.Web.Hosting;

namespace Catalogue.Web.Features.OpenData;

/// <summary>Services and endpoints of REST API, feeds, citations, OAI-PMH, sitemap (issue 7).</summary>
public static class OpenDataRegistration
{
    /// <summary>CORS policy: any origin may GET the open data.</summary>
    public const string CorsPolicy = "open-data-get";

    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OpenDataOptions>(builder.Configuration.GetSection(OpenDataOptions.Section));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<OpenDataLinks>();
        builder.Services.AddSingleton<OpenDataEntryReader>();
        builder.Services.AddSingleton<TaxonomyReader>();
        builder.Services.AddScoped<OaiPmhResponder>();
        builder.Services.AddProblemDetails();

        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Migrant Education Catalogue API";
                document.Info.Description = "Read-only open data: published entries, facet counts and vocabularies. " +
                                            "Also: Atom feeds (/feeds/catalogue.atom), RIS/BibTeX citations, OAI-PMH (/oai), sitemap.xml.";
                return Task.CompletedTask;
            });
        });

        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After")));

        return builder;
    }

    public static WebApplication UseOpenData(this WebApplication app)
    {
        app.UseCors();
        // Every public read shares one budget per client: the global limiter of ClientRateLimits, early in the pipeline.

        app.MapOpenApi().RequireCors(CorsPolicy);
        app.MapApiReference();

        var machine = app.MapGroup("").RequireCors(CorsPolicy).AddEndpointFilter(SearchUnavailableAsync);
        ((IEndpointConventionBuilder)machine).Add(CataloguePipeline.AnswerHead);
        machine.MapOpenDataApi();
        machine.MapFeedEndpoints();
        machine.MapCitationEndpoints();
        machine.MapExportEndpoints();
        machine.MapInsightsCsv();
        machine.MapOaiPmh();
        var crawler = app.MapGroup("");
        ((IEndpointConventionBuilder)crawler).Add(CataloguePipeline.AnswerHead);
        crawler.MapSitemapEndpoints();
        return app;
    }

    /// <summary>503 as problem+json with Retry-After while this instance's search index is being built.</summary>
    private static async ValueTask<object?> SearchUnavailableAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SearchUnavailableException unavailable)
        {
            context.HttpContext.Response.Headers.RetryAfter = Components.Shared.SearchUnavailableResponse.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search is not ready yet", detail: unavailable.Message);
        }
    }
}
