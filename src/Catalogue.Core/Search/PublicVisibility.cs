using Catalogue.Core.Entities;

namespace Catalogue.Core.Search;

public static class PublicVisibility
{
    /// <summary>What the public may see: published entries only (never drafts, entries in review or archived ones).</summary>
    public static IQueryable<Entry> PubliclyVisible(this IQueryable<Entry> entries) =>
        entries.Where(e => e.Status == EntryStatus.Published);
}
