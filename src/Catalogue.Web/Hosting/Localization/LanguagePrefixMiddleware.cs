using Catalogue.Core.Localization;

namespace Catalogue.Web.Hosting.Localization;

/// <summary>
/// Moves the language prefix into <see cref="HttpRequest.PathBase"/> (<c>/fr/catalogue</c> → base <c>/fr</c>, path
/// <c>/catalogue</c>), so every page, endpoint and Blazor route is written once and answers in each language. Runs after
/// request localization (which read the prefix) and before routing.
/// </summary>
public sealed class LanguagePrefixMiddleware(RequestDelegate next)
{
    public const string LanguageItem = "catalogue.language";

    public Task InvokeAsync(HttpContext context)
    {
        var (language, rest) = SiteLanguages.Split(context.Request.Path.Value ?? "/");
        context.Items[LanguageItem] = language;
        if (language != SiteLanguages.Default)
        {
            context.Request.PathBase = context.Request.PathBase.Add(SiteLanguages.Prefix(language));
            context.Request.Path = rest;
        }

        return next(context);
    }

    /// <summary>The request's interface language (English before this middleware ran).</summary>
    public static string LanguageOf(HttpContext context) => context.Items[LanguageItem] as string ?? SiteLanguages.Default;

    /// <summary>The base path without the language prefix: where the site's root is.</summary>
    public static PathString SiteBase(HttpRequest request)
    {
        var prefix = SiteLanguages.Prefix(LanguageOf(request.HttpContext));
        var pathBase = request.PathBase.Value ?? "";
        return prefix.Length > 0 && pathBase.EndsWith(prefix, StringComparison.Ordinal) ? new PathString(pathBase[..^prefix.Length]) : request.PathBase;
    }
}
