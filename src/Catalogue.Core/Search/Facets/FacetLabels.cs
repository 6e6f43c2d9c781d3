using Catalogue.Core.Entities;
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

    public static string KindLabel(string value) => value.ToLowerInvariant() switch
    {
        "publication" => "Publication",
        "programme" => "Programme",
        "event" => "Event",
        "tool" => "Tool",
        "research" => "Research",
        _ => value,
    };

    public static string KindLabel(EntryKind kind) => KindLabel(kind.ToString());

    public static string TargetLabel(string code) => TargetLabels.TryGetValue(code, out var label) ? $"{code} {label}" : code;

    public static string ObjectiveLabel(string number) => ObjectiveLabels.TryGetValue(number, out var label) ? $"{number}. {label}" : number;

    public static string RegionName(string code) => RegionNames.Value.GetValueOrDefault(code, code);

    public static string CountryName(string alpha2) => CountryNames.Value.GetValueOrDefault(alpha2, alpha2);

    public static string LanguageName(string code) => LanguageNames.Value.GetValueOrDefault(code, code);

    public static string Capitalise(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();
}
