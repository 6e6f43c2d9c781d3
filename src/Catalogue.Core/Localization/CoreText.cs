using System.Globalization;
using System.Resources;

namespace Catalogue.Core.Localization;

/// <summary>
/// Labels the core hands out for facet values that are codes (entry kinds, scopes, indicator numbers) in the interface
/// languages: CoreText.resx (English) and CoreText.fr/.es/.ar.resx, read for the current UI culture.
/// </summary>
public static class CoreText
{
    private static readonly ResourceManager Resources = new("Catalogue.Core.Localization.CoreText", typeof(CoreText).Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (the current one unless given), or null.</summary>
    public static string? Get(string key, string? language = null) =>
        Resources.GetString(key, SiteLanguages.Culture(language ?? SiteLanguages.Current));

    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key) ?? key, arguments);
}
