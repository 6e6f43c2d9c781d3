using System.Globalization;
using System.Threading.RateLimiting;
using Catalogue.Core.OpenData;
using Catalogue.Core.Search.Indexing;
using Catalogue.Web.Features.OpenData;
using Catalogue.Web.Features.OpenData.Api;
using Catalogue.Web.Features.OpenData.Oai;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Hosting;

/// <summary>Services and endpoints of REST API, feeds, citations, OAI-PMH, sitemap (issue 7).</summary>
public static class OpenDataRegistration
{
    /// <summary>Rate limit policy of every machine-facing endpoint (per client address, fixed window).</summary>
    public const string RateLimitPolicy = "open-data";

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

        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<OpenDataOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.RateLimitPermits,
                    Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    public static WebApplication UseOpenData(this WebApplication app)
    {
        app.UseCors();
        // The rate limiter middleware runs once, in UseCuration (before authentication): a second one would count
        // every request twice against the global sign-in limits.

        app.MapOpenApi().RequireCors(CorsPolicy);
        app.MapApiReference();

        var machine = app.MapGroup("").RequireRateLimiting(RateLimitPolicy).RequireCors(CorsPolicy).AddEndpointFilter(SearchUnavailableAsync);
        ((IEndpointConventionBuilder)machine).Add(CataloguePipeline.AnswerHead);
        machine.MapOpenDataApi();
        machine.MapFeedEndpoints();
        machine.MapCitationEndpoints();
        machine.MapExportEndpoints();
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

    /// <summary>429 as problem+json with Retry-After, so clients know when to come back.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : context.RequestServices.GetRequiredService<IOptions<OpenDataOptions>>().Value.RateLimitWindowSeconds;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"The open-data endpoints allow a limited number of requests per client. Retry after {retryAfter} seconds.")
            .ExecuteAsync(context);
    }
}
