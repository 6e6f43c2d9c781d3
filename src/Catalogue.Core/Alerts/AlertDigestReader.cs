using Catalogue.Core.Data;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Alerts;

public sealed record DigestEntry(int Id, string Slug, string Title, string Summary, string? TextLanguage, DateTime PublishedAt);

/// <param name="Total">How many new entries match, of which <see cref="Entries"/> lists the newest.</param>
public sealed record DigestContent(IReadOnlyList<DigestEntry> Entries, int Total);

/// <summary>
/// What a digest lists: entries first published after the alert's last message that the catalogue's own search
/// finds for the alert's query (so they are the catalogue's results, published entries only), newest first.
/// </summary>
public sealed class AlertDigestReader(IDbContextFactory<CatalogueDbContext> contextFactory, ICatalogueSearch search)
{
    public static CatalogueQuery ParseSearch(string search) =>
        CatalogueQueryParser.Parse(QueryHelpers.ParseQuery(search).Select(p => new KeyValuePair<string, string?[]>(p.Key, p.Value.ToArray()))).Query;

    public async Task<DigestContent> ReadAsync(string storedSearch, string language, DateTime since, DateTime until, int max,
        CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = await db.Entries.AsNoTracking().PubliclyVisible()
            .Where(e => e.PublishedAt > since && e.PublishedAt <= until)
            .Select(e => e.Id).ToListAsync(cancellationToken);
        if (published.Count == 0)
        {
            return new DigestContent([], 0);
        }

        var query = ParseSearch(storedSearch) with { Page = 1, Sort = CatalogueSort.Newest };
        var found = await search.FindAsync(new EngineRequest(query, 0, 0, [], AllIds: true), cancellationToken);
        var matching = found.EntryIds.Intersect(published).ToList();
        if (matching.Count == 0)
        {
            return new DigestContent([], 0);
        }

        var rows = await db.Entries.AsNoTracking().PubliclyVisible().Where(e => matching.Contains(e.Id))
            .OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Id).Take(max)
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Summary, e.OriginalLanguage, PublishedAt = e.PublishedAt!.Value,
                e.Translations,
            })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(r => r.Translations.FirstOrDefault(t => t.Language == language) is { } t
            ? new DigestEntry(r.Id, r.Slug, t.Title, t.Summary, language, r.PublishedAt)
            : new DigestEntry(r.Id, r.Slug, r.Title, r.Summary, r.OriginalLanguage, r.PublishedAt)).ToList();
        return new DigestContent(entries, matching.Count);
    }
}
