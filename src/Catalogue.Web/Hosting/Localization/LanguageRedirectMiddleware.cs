using Catalogue.Core.Localization;
using Microsoft.Net.Http.Headers;

namespace Catalogue.Web.Hosting.Localization;

/// <summary>
/// A first visit to <c>/</c> whose browser prefers French, Spanish or Arabic (Accept-Language) is redirected once, with a
/// 302, to <c>/fr</c>, <c>/es</c> or <c>/ar</c>: the reader sees the language in the address and the switcher offers
/// the others. Never silent (the English page is never answered in another language), and only on a first visit: a
/// reader coming from one of the catalogue's own pages (its switcher's "English", a link) stays where they asked to go.
/// </summary>
public sealed class LanguageRedirectMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path == "/" && !request.QueryString.HasValue && LanguagePrefixMiddleware.LanguageOf(context) == SiteLanguages.Default)
        {
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            if (!CameFromThisSite(request) && Preferred(request) is { } language && language != SiteLanguages.Default)
            {
                context.Response.Redirect(request.PathBase + SiteLanguages.Localize("/", language));
                return Task.CompletedTask;
            }
        }

        return next(context);
    }

    private static bool CameFromThisSite(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The supported language the browser ranks highest (quality, then order), or null.</summary>
    public static string? Preferred(HttpRequest request)
    {
        var headers = request.GetTypedHeaders().AcceptLanguage;
        if (headers is null || headers.Count == 0)
        {
            return null;
        }

        return headers.Select((value, order) => (value, order))
            .Where(x => (x.value.Quality ?? 1) > 0)
            .OrderByDescending(x => x.value.Quality ?? 1).ThenBy(x => x.order)
            .Select(x => x.value.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(SiteLanguages.IsSupported);
    }
}
