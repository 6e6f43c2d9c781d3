using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Catalogue.Core.Search;

/// <summary>Reads pages of search results: by OFFSET over the sorted filter, or by ids from an order read earlier.</summary>
internal static class SearchPageReader
{
    public static async Task<IReadOnlyList<SearchHit>> LoadPageAsync(CatalogueDbContext db, IQueryable<Entry> filtered, CatalogueQuery query,
        int page, CancellationToken cancellationToken)
    {
        var text = TextOf(query);
        var window = Sorted(filtered, query.Sort, text).Skip((page - 1) * CatalogueQuery.PageSize).Take(CatalogueQuery.PageSize);
        var rows = await ReadRowsAsync(window, text, cancellationToken);
        return await WithDetailsAsync(db, rows, cancellationToken);
    }

    /// <summary>The ids of the first <paramref name="limit"/> results in the search's sort order.</summary>
    public static Task<int[]> ReadOrderAsync(IQueryable<Entry> filtered, CatalogueQuery query, int limit, CancellationToken cancellationToken) =>
        Sorted(filtered, query.Sort, TextOf(query)).Select(e => e.Id).Take(limit).ToArrayAsync(cancellationToken);

    /// <summary>The hits for <paramref name="ids"/>, in that order; ids no longer published are left out.</summary>
    public static async Task<IReadOnlyList<SearchHit>> LoadIdsAsync(CatalogueDbContext db, IReadOnlyList<int> ids, CatalogueQuery query,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var rows = await ReadRowsAsync(db.Entries.AsNoTracking().PubliclyVisible().Where(e => ids.Contains(e.Id)), TextOf(query), cancellationToken);
        return await WithDetailsAsync(db, rows.OrderBy(r => position[r.Id]).ToList(), cancellationToken);
    }

    private static SearchText? TextOf(CatalogueQuery query) => query.HasText ? SearchText.Parse(query.Text!) : null;

    private static IOrderedQueryable<Entry> Sorted(IQueryable<Entry> filtered, CatalogueSort sort, SearchText? text) =>
        (sort, text) switch
        {
            (CatalogueSort.Relevance, not null) => filtered.OrderByDescending(text.Rank()).ThenByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id),
            (CatalogueSort.Title, _) => filtered.OrderBy(e => e.Title).ThenBy(e => e.Id),
            (CatalogueSort.Updated, _) => filtered.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id),
            _ => filtered.OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id),
        };

    /// <summary>The page's columns, with a highlighted snippet when the search has text.</summary>
    private static Task<List<HitRow>> ReadRowsAsync(IQueryable<Entry> window, SearchText? text, CancellationToken cancellationToken) =>
        text is null
            ? window.Select(e => new HitRow(e.Id, e.Slug, e.Title, e.Kind, e.Summary, null, e.PublicationDate, e.StartYear, e.EndYear, e.PublishedAt))
                .ToListAsync(cancellationToken)
            : window.Select(text.Inline((Entry e, NpgsqlTsQuery q) => new HitRow(e.Id, e.Slug, e.Title, e.Kind, e.Summary,
                    q.GetResultHeadline(CatalogueDbContext.SearchConfiguration, e.Summary + " " + (e.Description ?? ""), SnippetHtml.HeadlineOptions),
                    e.PublicationDate, e.StartYear, e.EndYear, e.PublishedAt)))
                .ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<SearchHit>> WithDetailsAsync(CatalogueDbContext db, IReadOnlyList<HitRow> rows,
        CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var details = await db.Entries.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                Targets = e.SdgTargets.OrderBy(t => t.SortOrder).Select(t => t.Code).ToList(),
                Countries = e.Countries.OrderBy(c => c.Name).Select(c => c.Name).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        return rows.Select(r => new SearchHit(r.Id, r.Slug, r.Title, r.Kind, r.Summary, SnippetHtml.FromHeadline(r.Headline),
                CatalogueSearchService.YearLabel(r.PublicationDate, r.StartYear, r.EndYear), r.PublishedAt,
                details.TryGetValue(r.Id, out var d) ? d.Targets : [], details.TryGetValue(r.Id, out var c) ? c.Countries : []))
            .ToList();
    }

    private sealed record HitRow(int Id, string Slug, string Title, EntryKind Kind, string Summary, string? Headline,
        DateOnly? PublicationDate, int? StartYear, int? EndYear, DateTime? PublishedAt);
}
