using System.Globalization;

namespace Catalogue.Core.Localization;

/// <summary>
/// The interface languages (issue 17). English lives at the root of the site; the others under a path prefix
/// (<c>/fr/catalogue</c>, <c>/es/…</c>, <c>/ar/…</c>). The request's culture is the prefix's (see the web project's
/// UrlPrefixRequestCultureProvider), so <see cref="Current"/> is the language of the page being rendered.
/// </summary>
public static class SiteLanguages
{
    public const string Default = "en";

    /// <summary>ISO 639-1 codes in the switcher's order.</summary>
    public static readonly IReadOnlyList<string> All = ["en", "fr", "es", "ar"];

    /// <summary>Each language's name in itself, as the switcher shows it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Endonyms = new Dictionary<string, string>
    {
        ["en"] = "English", ["fr"] = "Français", ["es"] = "Español", ["ar"] = "العربية",
    };

    public static bool IsSupported(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    public static bool IsRightToLeft(string code) => code == "ar";

    /// <summary>The culture of an interface language: Gregorian calendar everywhere, so dates read the same in Arabic.</summary>
    public static CultureInfo Culture(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
            culture.DateTimeFormat.Calendar = gregorian;
        }

        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>Runs <paramref name="action"/> with the culture of <paramref name="code"/> as current culture and UI culture
    /// (a message composed away from a request, a name read from ICU in another language), then restores both.</summary>
    public static T InLanguage<T>(string code, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture(code);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>The language of the page being rendered (the current UI culture's, English when not supported).</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture);

    public static string Of(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (IsSupported(c.Name))
            {
                return c.Name;
            }
        }

        return Default;
    }

    /// <summary>"" for English, "/fr" for French …</summary>
    public static string Prefix(string code) => code == Default || !IsSupported(code) ? "" : "/" + code;

    /// <summary>
    /// <paramref name="path"/> (site-relative, with any query) in <paramref name="code"/>'s part of the site:
    /// <c>/catalogue?sdg=4.1</c> → <c>/fr/catalogue?sdg=4.1</c>, <c>/</c> → <c>/fr</c>.
    /// </summary>
    public static string Localize(string path, string code)
    {
        var prefix = Prefix(code);
        if (prefix.Length == 0)
        {
            return path;
        }

        return path == "/" ? prefix : path.StartsWith("/?", StringComparison.Ordinal) ? prefix + path[1..] : prefix + path;
    }

    /// <summary>
    /// Splits a request path into its language and the rest: <c>/fr/catalogue</c> → (fr, /catalogue); <c>/fr</c> → (fr, /);
    /// <c>/catalogue</c> → (en, /catalogue). Only the three prefixed languages are recognised ("/en/…" is not a prefix).
    /// </summary>
    public static (string Language, string Remainder) Split(string path)
    {
        foreach (var code in All)
        {
            if (code == Default)
            {
                continue;
            }

            var prefix = "/" + code;
            if (path.Equals(prefix, StringComparison.Ordinal))
            {
                return (code, "/");
            }

            if (path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                return (code, path[prefix.Length..]);
            }
        }

        return (Default, path);
    }
}
