using Catalogue.Core.ReferenceData;

namespace Catalogue.Core.Search.Facets;

/// <summary>
/// The UN M49 hierarchy (region → sub-region → intermediate region → country) of the reference data, for the region
/// facet: an entry about Turkey is also about Western Asia and Asia, and one about Western Asia is also about Asia.
/// </summary>
public static class GeographyTree
{
    private static readonly Lazy<Dictionary<string, RegionRecord>> Regions =
        new(() => GeographyData.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, CountryRecord>> Countries =
        new(() => GeographyData.Countries.ToDictionary(c => c.Alpha2, StringComparer.Ordinal));

    public static bool IsRegion(string code) => Regions.Value.ContainsKey(code);

    public static bool IsCountry(string alpha2) => Countries.Value.ContainsKey(alpha2);

    public static string? RegionParent(string code) => Regions.Value.TryGetValue(code, out var region) ? region.ParentCode : null;

    /// <summary>The smallest region holding the country (intermediate region, else sub-region, else region).</summary>
    public static string? CountryParent(string alpha2) =>
        Countries.Value.TryGetValue(alpha2, out var country) ? country.IntermediateRegionCode ?? country.SubRegionCode ?? country.RegionCode : null;

    /// <summary>Every region an entry naming these regions and countries is about: each named region with its ancestors,
    /// and every region holding a named country.</summary>
    public static IEnumerable<string> RegionsCovering(IEnumerable<string> regions, IEnumerable<string> countries)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            for (var code = region; code is not null && covered.Add(code); code = RegionParent(code))
            {
            }
        }

        foreach (var country in countries)
        {
            for (var code = CountryParent(country); code is not null && covered.Add(code); code = RegionParent(code))
            {
            }
        }

        return covered;
    }

    public static int Level(string regionCode) => Regions.Value.TryGetValue(regionCode, out var region) ? region.Level : 0;
}
