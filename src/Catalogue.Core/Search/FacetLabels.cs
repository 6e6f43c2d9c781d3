using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;

namespace Catalogue.Core.Search;

/// <summary>Readable labels for facet values that are codes (reference data held in memory; names label themselves).</summary>
public static class FacetLabels
{
    private static readonly Lazy<Dictionary<string, string>> RegionNames = new(() => GeographyData.Regions.ToDictionary(r => r.Code, r => r.Name));
    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(() => GeographyData.Countries.ToDictionary(c => c.Alpha2, c => c.Name));
    private static readonly Lazy<Dictionary<string, string>> LanguageNames = new(() => GeographyData.Languages.ToDictionary(l => l.Code, l => l.Name));
    private static readonly Dictionary<string, string> TargetLabels = OfficialTaxonomies.SdgTargets.ToDictionary(t => t.Code, t => t.ShortLabel);
    private static readonly Dictionary<int, string> GcmLabels = OfficialTaxonomies.GcmObjectives.ToDictionary(o => o.Number, o => o.ShortLabel);

    public static readonly IReadOnlyDictionary<string, string> FacetTitles = new Dictionary<string, string>
    {
        [CatalogueQuery.Keys.Kind] = "Kind",
        [CatalogueQuery.Keys.SdgTarget] = "SDG 4 target",
        [CatalogueQuery.Keys.SdgIndicator] = "SDG indicator",
        [CatalogueQuery.Keys.GcmObjective] = "GCM objective",
        [CatalogueQuery.Keys.Theme] = "Cross-cutting theme",
        [CatalogueQuery.Keys.Audience] = "Target audience",
        [CatalogueQuery.Keys.Scope] = "Geographic scope",
        [CatalogueQuery.Keys.Region] = "Region and country",
        [CatalogueQuery.Keys.Country] = "Country",
        [CatalogueQuery.Keys.Keyword] = "Keyword",
        [CatalogueQuery.Keys.Tag] = "Tag",
        [CatalogueQuery.Keys.Language] = "Language",
        [CatalogueQuery.Keys.Organisation] = "Organisation",
        [CatalogueQuery.Keys.Beneficiary] = "Beneficiaries",
        [CatalogueQuery.Keys.YearFrom] = "From year",
        [CatalogueQuery.Keys.YearTo] = "To year",
    };

    public static string Label(string key, string value) => key switch
    {
        CatalogueQuery.Keys.Kind => KindLabel(value),
        CatalogueQuery.Keys.Scope => Capitalise(value),
        CatalogueQuery.Keys.SdgTarget => TargetLabels.TryGetValue(value, out var t) ? $"{value} {t}" : value,
        CatalogueQuery.Keys.SdgIndicator => $"Indicator {value}",
        CatalogueQuery.Keys.GcmObjective => int.TryParse(value, out var n) && GcmLabels.TryGetValue(n, out var g) ? $"{n}. {g}" : value,
        CatalogueQuery.Keys.Region => RegionNames.Value.GetValueOrDefault(value, value),
        CatalogueQuery.Keys.Country => CountryNames.Value.GetValueOrDefault(value, value),
        CatalogueQuery.Keys.Language => LanguageNames.Value.GetValueOrDefault(value, value),
        _ => value,
    };

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

    public static string CountryName(string alpha2) => CountryNames.Value.GetValueOrDefault(alpha2, alpha2);

    private static string Capitalise(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();
}
