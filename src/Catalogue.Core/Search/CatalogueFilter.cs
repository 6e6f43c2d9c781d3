using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Search;

/// <summary>Translates a <see cref="CatalogueQuery"/> into Where clauses; only the selections made add a clause.</summary>
public static class CatalogueFilter
{
    /// <summary>What the public may see: published entries only (never drafts, entries in review or archived ones).</summary>
    public static IQueryable<Entry> PubliclyVisible(this IQueryable<Entry> entries) =>
        entries.Where(e => e.Status == EntryStatus.Published);

    /// <summary>Applies the text and every facet selection of <paramref name="query"/>.</summary>
    public static IQueryable<Entry> Apply(this IQueryable<Entry> entries, CatalogueDbContext db, CatalogueQuery query) =>
        entries.ApplyText(query).ApplyFacets(db, query, except: null);

    /// <summary>Full-text match in web-search syntax, the last word also as a prefix (see <see cref="SearchText"/>).</summary>
    public static IQueryable<Entry> ApplyText(this IQueryable<Entry> entries, CatalogueQuery query) =>
        query.HasText ? entries.Where(SearchText.Parse(query.Text!).Matches()) : entries;

    /// <summary>
    /// Applies every facet selection except the one named by <paramref name="except"/> (a <see cref="CatalogueQuery.Keys"/>
    /// value), which is how each facet's counts are computed with all the other filters applied.
    /// </summary>
    /// <remarks>
    /// Selections are looked up in the link tables by value (and names turned into ids by a subquery), not through
    /// the navigations: EF joins a navigation's term table into every per-entry test, which made the region filter
    /// alone cost 0.4 s at 100k entries.
    /// </remarks>
    public static IQueryable<Entry> ApplyFacets(this IQueryable<Entry> entries, CatalogueDbContext db, CatalogueQuery query, string? except)
    {
        if (query.Kinds.Count > 0 && except != CatalogueQuery.Keys.Kind)
        {
            entries = entries.Where(e => query.Kinds.Contains(e.Kind));
        }

        if (query.SdgTargets.Count > 0 && except != CatalogueQuery.Keys.SdgTarget)
        {
            entries = entries.LinkedTo(db, "entry_sdg_targets", "sdg_target_code", query.SdgTargets);
        }

        if (query.SdgIndicators.Count > 0 && except != CatalogueQuery.Keys.SdgIndicator)
        {
            entries = entries.LinkedTo(db, "entry_sdg_indicators", "sdg_indicator_code", query.SdgIndicators);
        }

        if (query.GcmObjectives.Count > 0 && except != CatalogueQuery.Keys.GcmObjective)
        {
            entries = entries.LinkedTo(db, "entry_gcm_objectives", "gcm_objective_number", query.GcmObjectives);
        }

        if (query.Themes.Count > 0 && except != CatalogueQuery.Keys.Theme)
        {
            entries = entries.LinkedTo(db, "entry_themes", "guiding_principle_id", db.GuidingPrinciples.Where(t => query.Themes.Contains(t.Name)).Select(t => t.Id));
        }

        if (query.Audiences.Count > 0 && except != CatalogueQuery.Keys.Audience)
        {
            entries = entries.LinkedTo(db, "entry_audiences", "audience_id", db.Audiences.Where(a => query.Audiences.Contains(a.Name)).Select(a => a.Id));
        }

        if (query.Scopes.Count > 0 && except != CatalogueQuery.Keys.Scope)
        {
            entries = entries.Where(e => e.GeographicScope != null && query.Scopes.Contains(e.GeographicScope.Value));
        }

        // Region and country form one hierarchical facet: an entry matches a region when it names the region
        // itself or any country inside it (at region, sub-region or intermediate-region level).
        if ((query.Regions.Count > 0 || query.Countries.Count > 0) && except != CatalogueQuery.Keys.Region && except != CatalogueQuery.Keys.Country)
        {
            // The country list of the reference data (read-only, the same rows the database holds) turns the
            // regions into country codes here, so the database looks up entry_countries by key per entry.
            var countries = query.Countries.Concat(GeographyData.Countries
                    .Where(c => query.Regions.Contains(c.RegionCode) ||
                        (c.SubRegionCode != null && query.Regions.Contains(c.SubRegionCode)) ||
                        (c.IntermediateRegionCode != null && query.Regions.Contains(c.IntermediateRegionCode)))
                    .Select(c => c.Alpha2))
                .Distinct(StringComparer.Ordinal).ToList();
            var regionLinks = Links(db, "entry_regions");
            var countryLinks = Links(db, "entry_countries");
            entries = entries.Where(e =>
                regionLinks.Any(l => EF.Property<int>(l, EntryId) == e.Id && query.Regions.Contains(EF.Property<string>(l, "region_code"))) ||
                countryLinks.Any(l => EF.Property<int>(l, EntryId) == e.Id && countries.Contains(EF.Property<string>(l, "country_code"))));
        }

        if (query.Keywords.Count > 0 && except != CatalogueQuery.Keys.Keyword)
        {
            entries = entries.LinkedTo(db, "entry_keywords", "keyword_id", db.Keywords.Where(k => query.Keywords.Contains(k.Name)).Select(k => k.Id));
        }

        if (query.Tags.Count > 0 && except != CatalogueQuery.Keys.Tag)
        {
            entries = entries.LinkedTo(db, "entry_tags", "tag_id", db.Tags.Where(t => query.Tags.Contains(t.Name)).Select(t => t.Id));
        }

        if (query.Languages.Count > 0 && except != CatalogueQuery.Keys.Language)
        {
            entries = entries.LinkedTo(db, "entry_languages", "language_code", query.Languages);
        }

        if (query.Organisations.Count > 0 && except != CatalogueQuery.Keys.Organisation)
        {
            var organisations = db.Organisations.Where(o => query.Organisations.Contains(o.Name)).Select(o => o.Id);
            entries = entries.Where(e => db.EntryOrganisations.Any(o => o.EntryId == e.Id && organisations.Contains(o.OrganisationId)));
        }

        if (query.BeneficiaryGroups.Count > 0 && except != CatalogueQuery.Keys.Beneficiary)
        {
            entries = entries.LinkedTo(db, "entry_beneficiary_groups", "beneficiary_group_id", db.BeneficiaryGroups.Where(b => query.BeneficiaryGroups.Contains(b.Name)).Select(b => b.Id));
        }

        // The year of an entry is its publication year, or for programmes the span start–end.
        if (query.YearFrom is { } from && except != CatalogueQuery.Keys.YearFrom)
        {
            entries = entries.Where(e =>
                (e.PublicationDate != null && e.PublicationDate.Value.Year >= from) ||
                (e.PublicationDate == null && (e.EndYear ?? e.StartYear) >= from));
        }

        if (query.YearTo is { } to && except != CatalogueQuery.Keys.YearTo)
        {
            entries = entries.Where(e =>
                (e.PublicationDate != null && e.PublicationDate.Value.Year <= to) ||
                (e.PublicationDate == null && e.StartYear <= to));
        }

        return entries;
    }

    private const string EntryId = "entry_id";

    /// <summary>A many-to-many link table (entry_id, value) as EF maps it: a shared-type entity named after the table.</summary>
    private static IQueryable<Dictionary<string, object>> Links(CatalogueDbContext db, string table) => db.Set<Dictionary<string, object>>(table);

    /// <summary>Entries with a link to any of <paramref name="values"/> (sent as one array parameter).</summary>
    private static IQueryable<Entry> LinkedTo<TValue>(this IQueryable<Entry> entries, CatalogueDbContext db, string table, string column,
        IReadOnlyCollection<TValue> values)
    {
        var links = Links(db, table);
        return entries.Where(e => links.Any(l => EF.Property<int>(l, EntryId) == e.Id && values.Contains(EF.Property<TValue>(l, column))));
    }

    /// <summary>Entries with a link to any id the subquery <paramref name="ids"/> yields (term names turned into ids).</summary>
    private static IQueryable<Entry> LinkedTo(this IQueryable<Entry> entries, CatalogueDbContext db, string table, string column, IQueryable<int> ids)
    {
        var links = Links(db, table);
        return entries.Where(e => links.Any(l => EF.Property<int>(l, EntryId) == e.Id && ids.Contains(EF.Property<int>(l, column))));
    }
}
