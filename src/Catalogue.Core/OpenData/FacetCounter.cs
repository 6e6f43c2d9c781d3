using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.OpenData;

public sealed record FacetCount(string Value, int Count);

/// <summary>
/// Disjunctive facet counts: each facet is counted with every other selection applied but its own, so a
/// visitor sees how many entries each further value would add. Keyed by <see cref="CatalogueQuery.Keys"/>.
/// </summary>
public sealed class FacetCounter(IDbContextFactory<CatalogueDbContext> factory)
{
    public static readonly IReadOnlyList<string> CountedKeys =
    [
        CatalogueQuery.Keys.Kind, CatalogueQuery.Keys.SdgTarget, CatalogueQuery.Keys.GcmObjective,
        CatalogueQuery.Keys.Country, CatalogueQuery.Keys.Language, CatalogueQuery.Keys.Keyword,
    ];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>> CountAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        IQueryable<Entry> Base(string key) => db.Entries.AsNoTracking().PubliclyVisible().ApplyText(query).ApplyFacets(query, except: key);

        var kinds = await Base(CatalogueQuery.Keys.Kind).GroupBy(e => e.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var sdg = await Base(CatalogueQuery.Keys.SdgTarget).SelectMany(e => e.SdgTargets).GroupBy(t => t.Code)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var gcm = await Base(CatalogueQuery.Keys.GcmObjective).SelectMany(e => e.GcmObjectives).GroupBy(o => o.Number)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var countries = await Base(CatalogueQuery.Keys.Country).SelectMany(e => e.Countries).GroupBy(c => c.Alpha2)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var languages = await Base(CatalogueQuery.Keys.Language).SelectMany(e => e.Languages).GroupBy(l => l.Code)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var keywords = await Base(CatalogueQuery.Keys.Keyword).SelectMany(e => e.Keywords).GroupBy(k => k.Name)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            [CatalogueQuery.Keys.Kind] = Sorted(kinds.Select(k => new FacetCount(OpenDataEntryReader.KindName(k.Key), k.Count))),
            [CatalogueQuery.Keys.SdgTarget] = Sorted(sdg.Select(s => new FacetCount(s.Key, s.Count))),
            [CatalogueQuery.Keys.GcmObjective] = Sorted(gcm.Select(g => new FacetCount(g.Key.ToString(CultureInfo.InvariantCulture), g.Count))),
            [CatalogueQuery.Keys.Country] = Sorted(countries.Select(c => new FacetCount(c.Key, c.Count))),
            [CatalogueQuery.Keys.Language] = Sorted(languages.Select(l => new FacetCount(l.Key, l.Count))),
            [CatalogueQuery.Keys.Keyword] = Sorted(keywords.Select(k => new FacetCount(k.Key, k.Count))),
        };
    }

    private static IReadOnlyList<FacetCount> Sorted(IEnumerable<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
