using System.Collections.Concurrent;
using System.Globalization;

namespace Catalogue.Core.Localization;

/// <summary>
/// Country and language names in an interface language, from ICU through .NET's cultures (CLDR data maintained with the
/// operating system's ICU). English keeps the catalogue's own names (ISO 3166 / 639, e.g. "Türkiye").
/// </summary>
public static class DisplayNames
{
    private static readonly ConcurrentDictionary<(string Language, string Code), string?> Countries = new();
    private static readonly ConcurrentDictionary<(string Language, string Code), string?> Languages = new();

    /// <summary>The country's name in <paramref name="language"/>, or null when ICU does not know it.</summary>
    public static string? Country(string alpha2, string language) => Countries.GetOrAdd((language, alpha2), key => SiteLanguages.InLanguage(key.Language, () =>
    {
        try
        {
            // ICU names a culture "language (country)"; inner parentheses become brackets, so the outer pair delimits the country.
            var name = new CultureInfo("en-" + key.Code).DisplayName;
            var open = name.IndexOf('(');
            var close = name.LastIndexOf(')');
            return open > 0 && close > open + 1 ? name[(open + 1)..close].Trim() : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }));

    /// <summary>The language's name in <paramref name="language"/> (lower-case in French and Spanish, as ICU writes it), or null.</summary>
    public static string? Language(string code, string language) => Languages.GetOrAdd((language, code), key => SiteLanguages.InLanguage(key.Language, () =>
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(key.Code);
            return culture.DisplayName is { Length: > 0 } name && !name.Contains("Unknown", StringComparison.OrdinalIgnoreCase) && name != key.Code ? name : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }));

    /// <summary>The interface language's collation, case-insensitive: "Åland" beside "Albania", "Türkiye" after "Tunisia".</summary>
    public static StringComparer Collation(string language) => Collations.GetOrAdd(language, l => new CachedCollation(CultureInfo.GetCultureInfo(l)));

    private static readonly ConcurrentDictionary<string, StringComparer> Collations = new(StringComparer.Ordinal);
}
