using Catalogue.Core.Localization;
using Microsoft.AspNetCore.Localization;

namespace Catalogue.Web.Hosting.Localization;

/// <summary>
/// The request's culture is its URL's language prefix (<c>/fr/…</c>, <c>/es/…</c>, <c>/ar/…</c>; English at the root).
/// It is the only provider: neither a cookie nor Accept-Language changes a page's language silently, so every URL always
/// shows the same language (shareable, cacheable, crawlable). Accept-Language is used once, visibly, by
/// <see cref="LanguageRedirectMiddleware"/> on the home page.
/// </summary>
public sealed class UrlPrefixRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var (language, _) = SiteLanguages.Split(httpContext.Request.Path.Value ?? "/");
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language));
    }
}
