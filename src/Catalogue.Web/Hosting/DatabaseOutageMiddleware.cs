using System.Globalization;
using Catalogue.Core.Data;

namespace Catalogue.Web.Hosting;

/// <summary>
/// While PostgreSQL cannot be reached (restarting, stopped, out of connections), a request that needed it gets a 503
/// with Retry-After instead of an error page: machines a problem+json, people a page in the site's style
/// (wwwroot/unavailable.html, static so that it needs nothing that is down). Nothing is retried here: a write that
/// failed rolled back, and the caller can send it again.
/// </summary>
public sealed partial class DatabaseOutageMiddleware(RequestDelegate next, IWebHostEnvironment environment, ILogger<DatabaseOutageMiddleware> logger)
{
    public const int RetryAfterSeconds = 10;

    private static readonly string[] MachinePaths = ["/api/", "/feeds/", "/citations/", "/export/", "/oai", "/sitemap.xml", "/robots.txt", "/health/"];

    private const string FallbackPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Back in a moment</title></head>" +
        "<body><h1>Back in a moment</h1><p>The catalogue's database is not answering. Nothing was lost. Try again in a few seconds.</p></body></html>";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception) && !context.Response.HasStarted)
        {
            LogUnavailable(context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            if (MachinePaths.Any(p => context.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
            {
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The catalogue's database is not answering",
                    detail: $"Nothing was lost. Try again in {RetryAfterSeconds} seconds.").ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            var page = environment.WebRootFileProvider.GetFileInfo("unavailable.html");
            if (page.Exists)
            {
                await context.Response.SendFileAsync(page, context.RequestAborted);
                return;
            }

            // Started with a content root that has no wwwroot (not from its own folder): still a 503, never a 500.
            await context.Response.WriteAsync(FallbackPage, context.RequestAborted);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The database is not answering; {Path} got a 503")]
    private partial void LogUnavailable(string path);
}
