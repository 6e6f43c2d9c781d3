using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Core.Search;

/// <summary>
/// Disjunctive facet counts: each facet is counted over the published entries matching the text and every facet
/// selection except its own (OR within a facet, AND across facets). The filter itself stays in LINQ
/// (<see cref="CatalogueFilter"/>), evaluated once per distinct filter: once for the total and all facets without a
/// selection, and once more per facet that has one. The matching ids then go to one counting statement that reads
/// each link table once per facet, so the cost no longer grows with the number of facets times the cost of the filter.
/// </summary>
internal static partial class CatalogueFacetCounter
{
    private sealed record Count(string Value, int N);

    /// <summary>One facet count row of the counting statement.</summary>
    private sealed class Row
    {
        public string Key { get; init; } = "";
        public string Value { get; init; } = "";
        public int N { get; init; }
    }

    /// <summary>
    /// Facets in display order with the SQL that counts them over the matching entries, whose ids stand in
    /// <c>MATCHES(column)</c> (see <see cref="Membership"/>); region also yields the country level. An entry counts once
    /// per value.
    /// </summary>
    private static readonly (string Key, string Sql)[] Counters =
    [
        (K.Kind, "SELECT e.kind AS v, count(*) AS n FROM entries e WHERE MATCHES(e.id) GROUP BY 1"),
        (K.SdgTarget, "SELECT x.sdg_target_code, count(*) FROM entry_sdg_targets x WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.SdgIndicator, "SELECT x.sdg_indicator_code, count(*) FROM entry_sdg_indicators x WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.GcmObjective, "SELECT x.gcm_objective_number::text, count(*) FROM entry_gcm_objectives x WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Theme, "SELECT t.name, count(*) FROM entry_themes x JOIN guiding_principles t ON t.id = x.guiding_principle_id WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Audience, "SELECT t.name, count(*) FROM entry_audiences x JOIN audiences t ON t.id = x.audience_id WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Scope, "SELECT e.geographic_scope, count(*) FROM entries e WHERE MATCHES(e.id) AND e.geographic_scope IS NOT NULL GROUP BY 1"),
        (K.Region, """
            SELECT code, count(DISTINCT id) FROM (
                SELECT x.entry_id AS id, x.region_code AS code FROM entry_regions x WHERE MATCHES(x.entry_id)
                UNION ALL SELECT x.entry_id, r.parent_code FROM entry_regions x JOIN regions r ON r.code = x.region_code
                    WHERE r.parent_code IS NOT NULL AND MATCHES(x.entry_id)
                UNION ALL SELECT x.entry_id, c.region_code FROM entry_countries x JOIN countries c ON c.alpha2 = x.country_code
                    WHERE MATCHES(x.entry_id)
                UNION ALL SELECT x.entry_id, c.sub_region_code FROM entry_countries x JOIN countries c ON c.alpha2 = x.country_code
                    WHERE c.sub_region_code IS NOT NULL AND MATCHES(x.entry_id)) AS regions
            GROUP BY 1
            """),
        (K.Country, "SELECT x.country_code, count(*) FROM entry_countries x WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Keyword, "SELECT t.name, count(*) FROM entry_keywords x JOIN keywords t ON t.id = x.keyword_id WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Tag, "SELECT t.name, count(*) FROM entry_tags x JOIN tags t ON t.id = x.tag_id WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Language, "SELECT x.language_code, count(*) FROM entry_languages x WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Organisation, "SELECT t.name, count(DISTINCT x.entry_id) FROM entry_organisations x JOIN organisations t ON t.id = x.organisation_id WHERE MATCHES(x.entry_id) GROUP BY 1"),
        (K.Beneficiary, "SELECT t.name, count(*) FROM entry_beneficiary_groups x JOIN beneficiary_groups t ON t.id = x.beneficiary_group_id WHERE MATCHES(x.entry_id) GROUP BY 1"),
    ];

    /// <summary>From this many matching entries on, the ids travel as a bitmap rather than an array.</summary>
    internal const int BitmapFrom = 4_096;

    /// <summary>
    /// The matching ids as one parameter and the SQL test of a column against it. A few ids go as an int[] tested with
    /// <c>= ANY</c>, which the planner hashes and can use the link tables' keys for. Many ids go as a bit string with
    /// bit n set for entry n, tested with get_bit: planning a statement with a 90,000-element array constant took
    /// about 50 ms per use, and the bitmap's test costs the same for any number of ids.
    /// </summary>
    internal static (NpgsqlParameter Parameter, Func<string, string> Test) Membership(int[] ids, string name)
    {
        if (ids.Length < BitmapFrom)
        {
            return (new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ids },
                column => $"{column} = ANY(@{name})");
        }

        var bits = new BitArray(ids.Max() + 1);
        foreach (var id in ids)
        {
            bits[id] = true;
        }

        var length = bits.Length.ToString(CultureInfo.InvariantCulture);
        return (new NpgsqlParameter(name, NpgsqlDbType.Varbit) { Value = bits },
            column => $"(CASE WHEN {column} < {length} THEN get_bit(@{name}, {column}) = 1 ELSE false END)");
    }

    [GeneratedRegex(@"MATCHES\(([a-z]+\.[a-z_]+)\)")]
    private static partial Regex MatchesToken();

    /// <summary>Keys whose values have a fixed natural order (codes), shown in that order rather than by count.</summary>
    private static readonly HashSet<string> NaturalOrder = [K.Kind, K.SdgTarget, K.SdgIndicator, K.GcmObjective, K.Theme, K.Scope];

    /// <summary>The total and the wanted facets' counts of <paramref name="query"/>.</summary>
    public static async Task<SearchCounts> CountAsync(IDbContextFactory<CatalogueDbContext> factory, CatalogueQuery query,
        SearchOptions options, CancellationToken cancellationToken)
    {
        var wanted = Counters.Where(c => options.Counts(c.Key) || (c.Key == K.Country && options.Counts(K.Region))).ToList();
        // A facet without a selection is counted under the full filter; one with a selection under the filter without
        // it (region and country are one facet). Each distinct filter's matching ids are read once, concurrently, and
        // the full filter's ids also give the total.
        var filters = wanted.Select(c => FilterExcept(c.Key, query)).Prepend(null).Distinct().ToList();
        var matching = await Task.WhenAll(filters.Select(async except =>
        {
            await using var context = await factory.CreateDbContextAsync(cancellationToken);
            return await context.Entries.AsNoTracking().PubliclyVisible().ApplyText(query).ApplyFacets(context, query, except)
                .Select(e => e.Id).ToArrayAsync(cancellationToken);
        }));
        // Only the id sets some facet is counted over become parameters (the full filter's may serve the total alone).
        var used = wanted.Select(c => filters.IndexOf(FilterExcept(c.Key, query))).Distinct().ToList();
        var membership = used.ToDictionary(i => i, i => Membership(matching[i], "ids" + i.ToString(CultureInfo.InvariantCulture)));
        var parameters = membership.Values.Select(m => m.Parameter).ToArray<object>();

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sql = string.Join("\nUNION ALL\n", wanted.Select(c =>
        {
            var test = membership[filters.IndexOf(FilterExcept(c.Key, query))].Test;
            var counting = MatchesToken().Replace(c.Sql, m => test(m.Groups[1].Value));
            return $"SELECT '{c.Key}' AS \"Key\", v::text AS \"Value\", n::int AS \"N\" FROM ({counting}) AS {c.Key}_counts (v, n)";
        }));
        var all = wanted.Count == 0 ? [] : await db.Database.SqlQueryRaw<Row>(sql, parameters).ToListAsync(cancellationToken);
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

        return new SearchCounts(matching[0].Length, facets);
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

    private static string? FilterExcept(string key, CatalogueQuery query)
    {
        var facet = key == K.Country ? K.Region : key;
        var selected = facet == K.Region
            ? query.Regions.Count > 0 || query.Countries.Count > 0
            : CatalogueQueryString.Selections(query).Any(s => s.Key == facet && s.Values.Count > 0);
        return selected ? facet : null;
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
