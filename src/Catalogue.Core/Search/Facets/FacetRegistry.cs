using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Core.Search.Facets;

/// <summary>
/// The catalogue's facets, one definition each, in display order. To add a facet: add its key to
/// <see cref="CatalogueQuery.Keys"/>, its values to <see cref="Indexing.EntryIndexRecord"/> (and the loader), and one
/// definition here; the parser, URLs, index, counts, facet panel and API reference follow (see the search README).
/// </summary>
public static class FacetRegistry
{
    private static readonly Dictionary<string, string> TargetCodes =
        OfficialTaxonomies.SdgTargets.ToDictionary(t => t.Code, t => t.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> IndicatorCodes =
        OfficialTaxonomies.SdgIndicators.ToDictionary(i => i.Code, i => i.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> ThemeNames =
        OfficialTaxonomies.GuidingPrinciples.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<HashSet<string>> LanguageCodes =
        new(() => GeographyData.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal));

    public static IReadOnlyList<FacetDefinition> All { get; } =
    [
        new()
        {
            Key = K.Kind, Title = "Kind", Order = FacetOrder.Natural,
            ApiDescription = "Entry kind.",
            Normalise = EnumName<EntryKind>, Refusal = "unknown kind",
            ValuesOf = e => [Name(e.Kind)],
            Label = FacetLabels.KindLabel, Rank = v => (int)Enum.Parse<EntryKind>(v, ignoreCase: true),
            AllowedValues = Enum.GetValues<EntryKind>().Select(Name).ToList(),
        },
        new()
        {
            Key = K.SdgTarget, Title = "SDG 4 target", Order = FacetOrder.Natural,
            ApiDescription = "SDG 4 target code, e.g. 4.1, 4.a (\"Target 4.1\" is accepted).",
            Normalise = v => TargetCodes.GetValueOrDefault(StripPrefix(v, "target")), Refusal = "unknown SDG 4 target",
            ValuesOf = e => e.SdgTargets,
            Label = FacetLabels.TargetLabel, Rank = v => IndexOf(OfficialTaxonomies.SdgTargets.Select(t => t.Code), v),
        },
        new()
        {
            Key = K.SdgIndicator, Title = "SDG indicator", Order = FacetOrder.Natural,
            ApiDescription = "SDG 4 global indicator code, e.g. 4.1.1.",
            Normalise = v => IndicatorCodes.GetValueOrDefault(StripPrefix(v, "indicator")), Refusal = "unknown SDG 4 indicator",
            ValuesOf = e => e.SdgIndicators,
            Label = FacetLabels.IndicatorLabel, Rank = v => IndexOf(OfficialTaxonomies.SdgIndicators.Select(i => i.Code), v),
        },
        new()
        {
            Key = K.GcmObjective, Title = "GCM objective", Order = FacetOrder.Natural,
            ApiDescription = "Global Compact for Migration objective number, 1–23.",
            Normalise = v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 23
                ? n.ToString(CultureInfo.InvariantCulture) : null,
            Refusal = "unknown GCM objective (1–23)",
            ValuesOf = e => e.GcmObjectives.Select(n => n.ToString(CultureInfo.InvariantCulture)),
            Label = FacetLabels.ObjectiveLabel, Rank = v => int.Parse(v, CultureInfo.InvariantCulture),
        },
        new()
        {
            Key = K.Theme, Title = "Cross-cutting theme", Order = FacetOrder.Natural,
            ApiDescription = "Cross-cutting theme: the name of a GCM guiding principle, e.g. Child-sensitive.",
            Normalise = v => ThemeNames.GetValueOrDefault(v), Refusal = "unknown cross-cutting theme",
            ValuesOf = e => e.Themes,
            Label = v => TaxonomyTranslations.PrincipleName(v, Localization.SiteLanguages.Current).Text,
            Rank = v => IndexOf(OfficialTaxonomies.GuidingPrinciples, v),
        },
        Curated(K.Audience, "Target audience", "Target audience name, e.g. Government.", e => e.Audiences),
        new()
        {
            Key = K.Scope, Title = "Geographic scope", Order = FacetOrder.Natural,
            ApiDescription = "Geographic scope.",
            Normalise = EnumName<GeographicScope>, Refusal = "unknown geographic scope",
            ValuesOf = e => e.Scope is { } scope ? [Name(scope)] : [],
            Label = FacetLabels.ScopeLabel, Rank = v => (int)Enum.Parse<GeographicScope>(v, ignoreCase: true),
            AllowedValues = Enum.GetValues<GeographicScope>().Select(Name).ToList(),
        },
        new()
        {
            Key = K.Region, Title = "Region and country", Group = K.Region,
            ApiDescription = "UN M49 region code, e.g. 142 (Asia) or 145 (Western Asia); matches entries naming the region, a region inside it or one of its countries.",
            Normalise = v => GeographyTree.IsRegion(v) ? v : null, Refusal = "unknown region",
            ValuesOf = e => GeographyTree.RegionsCovering(e.Regions, e.Countries),
            Label = FacetLabels.RegionName,
            Parent = v => GeographyTree.RegionParent(v) is { } parent ? (K.Region, parent) : null,
        },
        new()
        {
            Key = K.Country, Title = "Country", Group = K.Region, HasOwnPanel = false,
            ApiDescription = "ISO 3166-1 alpha-2 country code, e.g. TR.",
            Normalise = v => GeographyTree.IsCountry(v.ToUpperInvariant()) ? v.ToUpperInvariant() : null, Refusal = "unknown country",
            ValuesOf = e => e.Countries,
            Label = FacetLabels.CountryName,
            Parent = v => GeographyTree.CountryParent(v) is { } parent ? (K.Region, parent) : null,
        },
        Curated(K.Keyword, "Keyword", "Keyword name.", e => e.Keywords),
        Curated(K.Tag, "Tag", "Tag name.", e => e.Tags),
        new()
        {
            Key = K.Language, Title = "Language",
            ApiDescription = "ISO 639-1 language code, e.g. fr.",
            Normalise = v => LanguageCodes.Value.Contains(v.ToLowerInvariant()) ? v.ToLowerInvariant() : null, Refusal = "unknown language",
            ValuesOf = e => e.Languages,
            Label = FacetLabels.LanguageName,
        },
        Curated(K.Organisation, "Organisation", "Organisation name (author, publisher, implementer, partner or donor).", e => e.Organisations),
        Curated(K.Beneficiary, "Beneficiaries", "Beneficiary group name, e.g. Refugees.", e => e.BeneficiaryGroups),
    ];

    private static readonly Dictionary<string, FacetDefinition> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static FacetDefinition Get(string key) => ByKey[key];

    public static FacetDefinition? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The facets of <paramref name="group"/> (region and country for "region").</summary>
    public static IEnumerable<FacetDefinition> InGroup(string group) => All.Where(f => f.GroupKey == group);

    /// <summary>The group keys, in display order.</summary>
    public static IReadOnlyList<string> Groups { get; } = All.Select(f => f.GroupKey).Distinct().ToList();

    /// <summary>A facet of curated names (audiences, keywords …): any name is accepted and matches nothing when unknown.</summary>
    private static FacetDefinition Curated(string key, string title, string description, Func<Indexing.EntryIndexRecord, IEnumerable<string>> values) => new()
    {
        Key = key, Title = title, ApiDescription = description + " Exact name as listed by the taxonomy endpoint.",
        Normalise = v => v.Length <= CuratedTerm.NameMaxLength ? v : null, Refusal = $"too long (at most {CuratedTerm.NameMaxLength} characters)",
        ValuesOf = values,
    };

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static string? EnumName<TEnum>(string value) where TEnum : struct, Enum =>
        !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? Name(parsed) : null;

    private static string StripPrefix(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..].Trim() : value;

    private static int IndexOf(IEnumerable<string> list, string value)
    {
        var index = 0;
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }

            index++;
        }

        return int.MaxValue;
    }
}
