using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Catalogue.Core.ReferenceData;

namespace Catalogue.Core.Search.Facets;

/// <summary>Readable labels for facet values that are codes (reference data held in memory; names label themselves).</summary>
public static class FacetLabels
{
    private static readonly Lazy<Dictionary<string, string>> RegionNames = new(() => GeographyData.Regions.ToDictionary(r => r.Code, r => r.Name));
    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(() => GeographyData.Countries.ToDictionary(c => c.Alpha2, c => c.Name));
    private static readonly Lazy<Dictionary<string, string>> LanguageNames = new(() => GeographyData.Languages.ToDictionary(l => l.Code, l => l.Name));
    private static readonly Dictionary<string, string> TargetLabels = OfficialTaxonomies.SdgTargets.ToDictionary(t => t.Code, t => t.ShortLabel);
    private static readonly Dictionary<string, string> ObjectiveLabels =
        OfficialTaxonomies.GcmObjectives.ToDictionary(o => o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), o => o.ShortLabel);

    /// <summary>The label of <paramref name="value"/> in facet <paramref name="key"/>, as the facet registry defines it.</summary>
    public static string Label(string key, string value) => FacetRegistry.Find(key)?.Label(value) ?? value;

    /// <summary>An entry kind in the interface language ("Programme", "Programa", "برنامج").</summary>
    public static string KindLabel(string value) => CoreText.Get($"Kind.{value.ToLowerInvariant()}") ?? value;

    public static string KindLabel(EntryKind kind) => KindLabel(kind.ToString());

    public static string TargetLabel(string code) =>
        TargetLabels.ContainsKey(code) ? $"{code} {TaxonomyTranslations.TargetShort(code, SiteLanguages.Current).Text}" : code;

    public static string ObjectiveLabel(string number) =>
        ObjectiveLabels.ContainsKey(number) ? $"{number}. {TaxonomyTranslations.ObjectiveShort(int.Parse(number, CultureInfo.InvariantCulture), SiteLanguages.Current).Text}" : number;

    public static string IndicatorLabel(string code) => CoreText.Format("Facet.Indicator", code);

    /// <summary>A UN M49 region in the interface language (ICU's name), in English the catalogue's.</summary>
    public static string RegionName(string code) => RegionName(code, SiteLanguages.Current);

    public static string RegionName(string code, string language) => Localized(RegionNames.Value.GetValueOrDefault(code, code), code, language, DisplayNames.Country);

    /// <summary>A country in the interface language (ICU's name), in English the catalogue's ISO name.</summary>
    public static string CountryName(string alpha2) => CountryName(alpha2, SiteLanguages.Current);

    public static string CountryName(string alpha2, string language) => Localized(CountryNames.Value.GetValueOrDefault(alpha2, alpha2), alpha2, language, DisplayNames.Country);

    /// <summary>A language in the interface language (ICU's name, capitalised as a list label), in English the catalogue's.</summary>
    public static string LanguageName(string code) => LanguageName(code, SiteLanguages.Current);

    public static string LanguageName(string code, string language) =>
        Localized(LanguageNames.Value.GetValueOrDefault(code, code), code, language, (c, l) => DisplayNames.Language(c, l) is { } name
            ? SiteLanguages.Culture(l).TextInfo.ToUpper(name[0]) + name[1..]
            : null);

    /// <summary>A geographic scope ("national") as a label in the interface language.</summary>
    public static string ScopeLabel(string value) => CoreText.Get($"Scope.{value.ToLowerInvariant()}") ?? Capitalise(value);

    public static string Capitalise(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();

    private static string Localized(string english, string code, string language, Func<string, string, string?> localize) =>
        language == SiteLanguages.Default ? english : localize(code, language) ?? english;
}
