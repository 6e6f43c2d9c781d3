using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Catalogue.Web.Hosting;

/// <summary>A public page that only reads: it renders no form that posts (its searches are GET forms).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReadOnlyPageAttribute : Attribute;

/// <summary>
/// Blazor's page renderer issues an antiforgery token for every page, which sets a cookie and
/// "Cache-Control: no-cache, no-store" (dotnet/aspnetcore#54464). A read-only page needs neither: an anonymous
/// reader gets no cookie at all, and the browser may keep the page for back and forward (revalidated: no-cache).
/// </summary>
public sealed class ReadOnlyPageMiddleware(RequestDelegate next, IOptions<AntiforgeryOptions> antiforgery)
{
    public Task InvokeAsync(HttpContext context)
    {
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && context.User.Identity?.IsAuthenticated != true
            && context.GetEndpoint()?.Metadata.GetMetadata<ReadOnlyPageAttribute>() is not null)
        {
            // Registered before the page's renderer registers its own callback, so it runs after that one.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var cookie = antiforgery.Value.Cookie.Name + "=";
                var kept = headers.SetCookie.Where(c => c is not null && !c.StartsWith(cookie, StringComparison.Ordinal)).ToArray();
                headers.SetCookie = kept.Length == 0 ? StringValues.Empty : new StringValues(kept);
                headers.CacheControl = "no-cache";
                headers.Pragma = StringValues.Empty;
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
