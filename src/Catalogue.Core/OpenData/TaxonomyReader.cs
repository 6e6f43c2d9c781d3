using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.OpenData;

/// <summary>A vocabulary value with the number of published entries using it; <see cref="Code"/> is the filter value.</summary>
public sealed record TaxonomyTerm(string Code, string Label, int Count);

/// <summary>A vocabulary and the query key that filters the catalogue by it (null when the catalogue has no such filter).</summary>
public sealed record Taxonomy(string Name, string? FilterKey, IReadOnlyList<TaxonomyTerm> Terms);

/// <summary>
/// The vocabularies with published usage counts. Official lists (SDG, GCM, countries, …) are complete;
/// curated lists (keywords, tags, organisations, …) show only the values published entries use.
/// </summary>
public sealed class TaxonomyReader(IDbContextFactory<CatalogueDbContext> factory)
{
    public static readonly IReadOnlyList<string> Names =
    [
        "sdg-targets", "sdg-indicators", "gcm-objectives", "themes", "countries", "regions", "languages",
        "keywords", "tags", "organisations", "audiences", "beneficiary-groups", "activity-areas",
    ];

    public async Task<Taxonomy?> FindAsync(string name, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var published = db.Entries.AsNoTracking().PubliclyVisible();
        switch (name)
        {
            case "sdg-targets":
            {
                var counts = await Count(published.SelectMany(e => e.SdgTargets).Select(t => t.Code), ct);
                var terms = await db.SdgTargets.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Code, t.ShortLabel }).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.SdgTarget, terms.Select(t => Term(t.Code, t.ShortLabel, counts)).ToList());
            }
            case "sdg-indicators":
            {
                var counts = await Count(published.SelectMany(e => e.SdgIndicators).Select(i => i.Code), ct);
                var terms = await db.SdgIndicators.AsNoTracking().OrderBy(i => i.SortOrder).Select(i => new { i.Code, i.OfficialText }).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.SdgIndicator, terms.Select(t => Term(t.Code, t.OfficialText, counts)).ToList());
            }
            case "gcm-objectives":
            {
                var counts = await Count(published.SelectMany(e => e.GcmObjectives).Select(o => o.Number.ToString()), ct);
                var terms = await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number).Select(o => new { o.Number, o.ShortLabel }).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.GcmObjective,
                    terms.Select(t => Term(t.Number.ToString(CultureInfo.InvariantCulture), t.ShortLabel, counts)).ToList());
            }
            case "themes":
            {
                var counts = await Count(published.SelectMany(e => e.Themes).Select(t => t.Name), ct);
                var terms = await db.GuidingPrinciples.AsNoTracking().OrderBy(t => t.Paragraph).Select(t => t.Name).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.Theme, terms.Select(t => Term(t, t, counts)).ToList());
            }
            case "countries":
            {
                var counts = await Count(published.SelectMany(e => e.Countries).Select(c => c.Alpha2), ct);
                var terms = await db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Alpha2, c.Name }).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.Country, terms.Select(t => Term(t.Alpha2, t.Name, counts)).ToList());
            }
            case "regions":
            {
                var counts = await Count(published.SelectMany(e => e.Regions).Select(r => r.Code), ct);
                var terms = await db.Regions.AsNoTracking().OrderBy(r => r.Level).ThenBy(r => r.Name).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.Region, terms.Select(t => Term(t.Code, t.Name, counts)).ToList());
            }
            case "languages":
            {
                var counts = await Count(published.SelectMany(e => e.Languages).Select(l => l.Code), ct);
                var terms = await db.Languages.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Code, l.Name }).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.Language, terms.Select(t => Term(t.Code, t.Name, counts)).ToList());
            }
            case "activity-areas":
            {
                var counts = await Count(published.SelectMany(e => e.ActivityAreas).Select(a => a.Code), ct);
                var terms = await db.ActivityAreas.AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
                return new(name, null, terms.Select(t => Term(t.Code, t.Name, counts)).ToList());
            }
            case "keywords":
                return new(name, CatalogueQuery.Keys.Keyword, await Used(published.SelectMany(e => e.Keywords).Select(k => k.Name), ct));
            case "tags":
                return new(name, CatalogueQuery.Keys.Tag, await Used(published.SelectMany(e => e.Tags).Select(t => t.Name), ct));
            case "organisations":
            {
                // An organisation can hold several roles in one entry: count entries, not roles.
                var used = await db.Organisations.AsNoTracking()
                    .Select(o => new { o.Name, Count = published.Count(e => e.Organisations.Any(x => x.OrganisationId == o.Id)) })
                    .Where(o => o.Count > 0).ToListAsync(ct);
                return new(name, CatalogueQuery.Keys.Organisation,
                    used.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => new TaxonomyTerm(o.Name, o.Name, o.Count)).ToList());
            }
            case "audiences":
                return new(name, CatalogueQuery.Keys.Audience, await Used(published.SelectMany(e => e.Audiences).Select(a => a.Name), ct));
            case "beneficiary-groups":
                return new(name, CatalogueQuery.Keys.Beneficiary, await Used(published.SelectMany(e => e.BeneficiaryGroups).Select(b => b.Name), ct));
            default:
                return null;
        }
    }

    private static TaxonomyTerm Term(string code, string label, IReadOnlyDictionary<string, int> counts) =>
        new(code, label, counts.GetValueOrDefault(code));

    private static async Task<IReadOnlyDictionary<string, int>> Count(IQueryable<string> values, CancellationToken ct) =>
        await values.GroupBy(v => v).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    private static async Task<IReadOnlyList<TaxonomyTerm>> Used(IQueryable<string> values, CancellationToken ct)
    {
        var counts = await Count(values, ct);
        return counts.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase).Select(c => new TaxonomyTerm(c.Key, c.Key, c.Value)).ToList();
    }
}
