using Catalogue.Core.Localization;
using Microsoft.AspNetCore.Localization;

namespace Catalogue.Web.Hosting.Localization;

/// <summary>ASP.NET Core localization: .resx resources, the four interface languages, the culture from the URL prefix.</summary>
public static class LocalizationRegistration
{
    public static WebApplicationBuilder AddCatalogueLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddTransient<MudBlazor.MudLocalizer, Resources.CatalogueMudLocalizer>();
        // Pages carry French, Spanish and Arabic text as characters, not as &#x…; references (a third of the size).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SiteLanguages.All.Select(SiteLanguages.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(SiteLanguages.Culture(SiteLanguages.Default));
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = false;
            options.RequestCultureProviders = [new UrlPrefixRequestCultureProvider()];
        });
        return builder;
    }

    /// <summary>Culture from the prefix, prefix moved into the path base, home page's one Accept-Language redirect, then routing.</summary>
    public static WebApplication UseCatalogueLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseMiddleware<LanguagePrefixMiddleware>();
        app.UseMiddleware<LanguageRedirectMiddleware>();
        app.UseRouting();
        return app;
    }
}
