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
    public static IQueryable<Entry> Apply(this IQueryable<Entry> entries, CatalogueQuery query) =>
        entries.ApplyText(query).ApplyFacets(query, except: null);

    /// <summary>Full-text match in web-search syntax, the last word also as a prefix (see <see cref="SearchText"/>).</summary>
    public static IQueryable<Entry> ApplyText(this IQueryable<Entry> entries, CatalogueQuery query) =>
        query.HasText ? entries.Where(SearchText.Parse(query.Text!).Matches()) : entries;

    /// <summary>
    /// Applies every facet selection except the one named by <paramref name="except"/> (a <see cref="CatalogueQuery.Keys"/>
    /// value), which is how each facet's counts are computed with all the other filters applied.
    /// </summary>
    public static IQueryable<Entry> ApplyFacets(this IQueryable<Entry> entries, CatalogueQuery query, string? except)
    {
        if (query.Kinds.Count > 0 && except != CatalogueQuery.Keys.Kind)
        {
            entries = entries.Where(e => query.Kinds.Contains(e.Kind));
        }

        if (query.SdgTargets.Count > 0 && except != CatalogueQuery.Keys.SdgTarget)
        {
            entries = entries.Where(e => e.SdgTargets.Any(t => query.SdgTargets.Contains(t.Code)));
        }

        if (query.SdgIndicators.Count > 0 && except != CatalogueQuery.Keys.SdgIndicator)
        {
            entries = entries.Where(e => e.SdgIndicators.Any(i => query.SdgIndicators.Contains(i.Code)));
        }

        if (query.GcmObjectives.Count > 0 && except != CatalogueQuery.Keys.GcmObjective)
        {
            entries = entries.Where(e => e.GcmObjectives.Any(o => query.GcmObjectives.Contains(o.Number)));
        }

        if (query.Themes.Count > 0 && except != CatalogueQuery.Keys.Theme)
        {
            entries = entries.Where(e => e.Themes.Any(t => query.Themes.Contains(t.Name)));
        }

        if (query.Audiences.Count > 0 && except != CatalogueQuery.Keys.Audience)
        {
            entries = entries.Where(e => e.Audiences.Any(a => query.Audiences.Contains(a.Name)));
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
            entries = entries.Where(e =>
                e.Regions.Any(r => query.Regions.Contains(r.Code)) ||
                e.Countries.Any(c => countries.Contains(c.Alpha2)));
        }

        if (query.Keywords.Count > 0 && except != CatalogueQuery.Keys.Keyword)
        {
            entries = entries.Where(e => e.Keywords.Any(k => query.Keywords.Contains(k.Name)));
        }

        if (query.Tags.Count > 0 && except != CatalogueQuery.Keys.Tag)
        {
            entries = entries.Where(e => e.Tags.Any(t => query.Tags.Contains(t.Name)));
        }

        if (query.Languages.Count > 0 && except != CatalogueQuery.Keys.Language)
        {
            entries = entries.Where(e => e.Languages.Any(l => query.Languages.Contains(l.Code)));
        }

        if (query.Organisations.Count > 0 && except != CatalogueQuery.Keys.Organisation)
        {
            entries = entries.Where(e => e.Organisations.Any(o => query.Organisations.Contains(o.Organisation.Name)));
        }

        if (query.BeneficiaryGroups.Count > 0 && except != CatalogueQuery.Keys.Beneficiary)
        {
            entries = entries.Where(e => e.BeneficiaryGroups.Any(b => query.BeneficiaryGroups.Contains(b.Name)));
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
}
