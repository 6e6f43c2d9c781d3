using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Core.Search;

/// <summary>
/// Disjunctive facet counts: each facet is counted over the published entries matching the text and every facet
/// selection except its own (OR within a facet, AND across facets). One SQL statement per facet, run concurrently.
/// </summary>
internal static class CatalogueFacetCounter
{
    private sealed record Count(string Value, int N);

    /// <summary>One facet count row; every facet's query projects to it so all of them run as one UNION ALL statement.</summary>
    private sealed class Row
    {
        public string Key { get; init; } = "";
        public string Value { get; init; } = "";
        public int N { get; init; }
    }

    private delegate IQueryable<Row> Counter(IQueryable<Entry> entries);

    /// <summary>Facets in display order, each with how it is counted; region also yields the country level.</summary>
    private static readonly (string Key, Counter Count)[] Counters =
    [
        (K.Kind, q => q.GroupBy(e => e.Kind).Select(g => new Row { Key = K.Kind, Value = g.Key.ToString(), N = g.Count() })),
        (K.SdgTarget, q => q.SelectMany(e => e.SdgTargets).GroupBy(t => t.Code).Select(g => new Row { Key = K.SdgTarget, Value = g.Key, N = g.Count() })),
        (K.SdgIndicator, q => q.SelectMany(e => e.SdgIndicators).GroupBy(t => t.Code).Select(g => new Row { Key = K.SdgIndicator, Value = g.Key, N = g.Count() })),
        (K.GcmObjective, q => q.SelectMany(e => e.GcmObjectives).GroupBy(o => o.Number).Select(g => new Row { Key = K.GcmObjective, Value = g.Key.ToString(), N = g.Count() })),
        (K.Theme, q => q.SelectMany(e => e.Themes).GroupBy(t => t.Name).Select(g => new Row { Key = K.Theme, Value = g.Key, N = g.Count() })),
        (K.Audience, q => q.SelectMany(e => e.Audiences).GroupBy(t => t.Name).Select(g => new Row { Key = K.Audience, Value = g.Key, N = g.Count() })),
        (K.Scope, q => q.Where(e => e.GeographicScope != null).GroupBy(e => e.GeographicScope!.Value).Select(g => new Row { Key = K.Scope, Value = g.Key.ToString(), N = g.Count() })),
        (K.Region, CountRegions),
        (K.Country, q => q.SelectMany(e => e.Countries).GroupBy(c => c.Alpha2).Select(g => new Row { Key = K.Country, Value = g.Key, N = g.Count() })),
        (K.Keyword, q => q.SelectMany(e => e.Keywords).GroupBy(t => t.Name).Select(g => new Row { Key = K.Keyword, Value = g.Key, N = g.Count() })),
        (K.Tag, q => q.SelectMany(e => e.Tags).GroupBy(t => t.Name).Select(g => new Row { Key = K.Tag, Value = g.Key, N = g.Count() })),
        (K.Language, q => q.SelectMany(e => e.Languages).GroupBy(l => l.Code).Select(g => new Row { Key = K.Language, Value = g.Key, N = g.Count() })),
        (K.Organisation, q => q.SelectMany(e => e.Organisations, (e, o) => new { e.Id, o.Organisation.Name })
            .GroupBy(x => x.Name).Select(g => new Row { Key = K.Organisation, Value = g.Key, N = g.Select(x => x.Id).Distinct().Count() })),
        (K.Beneficiary, q => q.SelectMany(e => e.BeneficiaryGroups).GroupBy(t => t.Name).Select(g => new Row { Key = K.Beneficiary, Value = g.Key, N = g.Count() })),
    ];

    /// <summary>Keys whose values have a fixed natural order (codes), shown in that order rather than by count.</summary>
    private static readonly HashSet<string> NaturalOrder = [K.Kind, K.SdgTarget, K.SdgIndicator, K.GcmObjective, K.Theme, K.Scope];

    public static async Task<IReadOnlyList<Facet>> CountAsync(IDbContextFactory<CatalogueDbContext> factory, CatalogueQuery query,
        SearchOptions options, CancellationToken cancellationToken)
    {
        var wanted = Counters.Where(c => options.Counts(c.Key) || (c.Key == K.Country && options.Counts(K.Region))).ToList();
        // One statement (UNION ALL of one GROUP BY per facet, each with its own disjunctive filter): one round trip.
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        IQueryable<Row>? union = null;
        foreach (var c in wanted)
        {
            var rows = c.Count(db.Entries.AsNoTracking().PubliclyVisible().ApplyText(query).ApplyFacets(query, except: c.Key));
            union = union is null ? rows : union.Concat(rows);
        }

        var all = union is null ? [] : await union.ToListAsync(cancellationToken);
        var counts = wanted.Select(c => (c.Key, Counts: all.Where(r => r.Key == c.Key)
            .Select(r => new Count(c.Key is K.Kind or K.Scope ? r.Value.ToLowerInvariant() : r.Value, r.N)).ToList())).ToList();

        var byKey = counts.ToDictionary(c => c.Key, c => c.Counts.ToDictionary(x => x.Value, x => x.N));

        var facets = new List<Facet>();
        foreach (var (key, _) in wanted)
        {
            if (key == K.Country)
            {
                continue;
            }

            var selected = CatalogueQueryString.Selections(query).FirstOrDefault(s => s.Key == key).Values ?? [];
            var values = key == K.Region
                ? RegionTree(byKey[K.Region], byKey.GetValueOrDefault(K.Country) ?? [], query)
                : Values(key, byKey[key], selected);
            facets.Add(new Facet(key, FacetLabels.FacetTitles[key], values));
        }

        return facets;
    }

    private static List<FacetValue> Values(string key, Dictionary<string, int> counts, IReadOnlyList<string> selected)
    {
        var values = counts.Select(c => new FacetValue(c.Key, FacetLabels.Label(key, c.Key), c.Value, Contains(selected, c.Key)))
            .Concat(selected.Where(s => !counts.Keys.Any(k => string.Equals(k, s, StringComparison.OrdinalIgnoreCase)))
                .Select(s => new FacetValue(s, FacetLabels.Label(key, s), 0, true)));
        return NaturalOrder.Contains(key)
            ? values.OrderBy(v => NaturalRank(key, v.Value)).ThenBy(v => v.Value, StringComparer.Ordinal).ToList()
            : values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Continents (and any selected sub-region) with their countries as children; counts at both levels.</summary>
    private static List<FacetValue> RegionTree(Dictionary<string, int> regionCounts, Dictionary<string, int> countryCounts, CatalogueQuery query)
    {
        var countriesByRegion = GeographyData.Countries
            .Where(c => countryCounts.ContainsKey(c.Alpha2) || query.Countries.Contains(c.Alpha2))
            .GroupBy(c => c.RegionCode)
            .ToDictionary(g => g.Key, g => g
                .Select(c => new FacetValue(c.Alpha2, c.Name, countryCounts.GetValueOrDefault(c.Alpha2), query.Countries.Contains(c.Alpha2)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase)
                .ToList());
        return GeographyData.Regions
            .Where(r => (r.Level == 1 && (regionCounts.ContainsKey(r.Code) || countriesByRegion.ContainsKey(r.Code))) || query.Regions.Contains(r.Code))
            .Select(r => new FacetValue(r.Code, r.Name, regionCounts.GetValueOrDefault(r.Code), query.Regions.Contains(r.Code),
                countriesByRegion.GetValueOrDefault(r.Code) ?? []))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// Entries per region: named directly, through the parent of a named sub-region, or through a country's region or
    /// sub-region. Union removes the duplicates, so an entry counts once per region.
    /// </summary>
    private static IQueryable<Row> CountRegions(IQueryable<Entry> entries)
    {
        var direct = entries.SelectMany(e => e.Regions, (e, r) => new { e.Id, r.Code });
        var parents = entries.SelectMany(e => e.Regions.Where(r => r.ParentCode != null), (e, r) => new { e.Id, Code = r.ParentCode! });
        var countryRegions = entries.SelectMany(e => e.Countries, (e, c) => new { e.Id, Code = c.RegionCode });
        var countrySubRegions = entries.SelectMany(e => e.Countries.Where(c => c.SubRegionCode != null), (e, c) => new { e.Id, Code = c.SubRegionCode! });
        return direct.Union(parents).Union(countryRegions).Union(countrySubRegions)
            .GroupBy(x => x.Code)
            .Select(g => new Row { Key = K.Region, Value = g.Key, N = g.Count() });
    }

    private static bool Contains(IReadOnlyList<string> selected, string value) => selected.Contains(value, StringComparer.OrdinalIgnoreCase);

    private static int NaturalRank(string key, string value) => key switch
    {
        K.Kind => Enum.TryParse<EntryKind>(value, true, out var kind) ? (int)kind : 99,
        K.Scope => Enum.TryParse<GeographicScope>(value, true, out var scope) ? (int)scope : 99,
        K.GcmObjective => int.TryParse(value, out var n) ? n : 99,
        K.SdgTarget => IndexOf(OfficialTaxonomies.SdgTargets.Select(t => t.Code), value),
        K.SdgIndicator => IndexOf(OfficialTaxonomies.SdgIndicators.Select(t => t.Code), value),
        K.Theme => IndexOf(OfficialTaxonomies.GuidingPrinciples, value),
        _ => 0,
    };

    private static int IndexOf(IEnumerable<string> list, string value)
    {
        var index = list.Select((v, i) => (v, i)).FirstOrDefault(x => string.Equals(x.v, value, StringComparison.OrdinalIgnoreCase)).i;
        return list.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ? index : 999;
    }
}
