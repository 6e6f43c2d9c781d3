using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

/// <summary>Loads an entry with everything its canonical form holds (split queries, one per collection).</summary>
public static class EntryGraph
{
    public static IQueryable<Entry> IncludeEverything(this IQueryable<Entry> entries) => entries
        .Include(e => e.Languages).Include(e => e.Regions).Include(e => e.Countries).Include(e => e.Audiences)
        .Include(e => e.BeneficiaryGroups).Include(e => e.ActivityAreas).Include(e => e.SdgTargets)
        .Include(e => e.SdgIndicators).Include(e => e.GcmObjectives).Include(e => e.Themes)
        .Include(e => e.Keywords).Include(e => e.Tags)
        .Include(e => e.Organisations).ThenInclude(o => o.Organisation)
        .Include(e => e.Relations).ThenInclude(r => r.ToEntry)
        .AsSplitQuery();
}
