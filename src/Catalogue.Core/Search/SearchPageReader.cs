using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Search.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Search;

/// <summary>
/// Reads a page of results from PostgreSQL by the ids the index ranked, with the published filter: an entry unpublished
/// a moment ago is left out even when the index has not caught up yet.
/// </summary>
internal static class SearchPageReader
{
    public static async Task<IReadOnlyList<SearchHit>> LoadAsync(CatalogueDbContext db, IReadOnlyList<int> ids, IReadOnlyList<SearchClause>? text,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Entries.AsNoTracking().PubliclyVisible()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Kind, e.Summary, e.Description, e.PublicationDate, e.StartYear, e.EndYear, e.PublishedAt,
                Languages = e.Languages.Select(l => l.Code).ToList(),
                Targets = e.SdgTargets.OrderBy(t => t.SortOrder).Select(t => t.Code).ToList(),
                Countries = e.Countries.OrderBy(c => c.Name).Select(c => c.Name).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        return ids.Where(rows.ContainsKey).Select(id => rows[id]).Select(r => new SearchHit(r.Id, r.Slug, r.Title, r.Kind, r.Summary,
                text is null ? null : SnippetHighlighter.Html(text, r.Summary + "\n" + (r.Description ?? ""), r.Languages),
                CatalogueSearchService.YearLabel(r.PublicationDate, r.StartYear, r.EndYear), r.PublishedAt, r.Targets, r.Countries))
            .ToList();
    }
}
