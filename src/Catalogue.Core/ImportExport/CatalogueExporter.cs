using System.Runtime.CompilerServices;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

public enum ExportFormat
{
    Json,
    Csv,
}

/// <summary>What to export: a search (or everything) and who asks.</summary>
public sealed record ExportRequest
{
    /// <summary>The search whose results are exported; the empty query exports every entry.</summary>
    public CatalogueQuery Query { get; init; } = new();

    /// <summary>True for the public (published entries only); curators export every status.</summary>
    public bool PublishedOnly { get; init; } = true;

    /// <summary>The ids the search matched, once <see cref="CatalogueExporter.MatchAsync"/> has run (null: not yet, or everything).</summary>
    public IReadOnlyCollection<int>? Matching { get; init; }

    public bool IsMatched { get; init; }
}

/// <summary>
/// Writes entries in the canonical JSON or CSV form, ordered by slug and streamed in batches, so a full export
/// of a large catalogue never sits in memory and export → import → export gives the same bytes. A search is matched
/// by the search engine (<see cref="IEntryMatcher"/>), so an export holds exactly what the catalogue page finds.
/// </summary>
public sealed class CatalogueExporter(IDbContextFactory<CatalogueDbContext> factory, IEntryMatcher matcher)
{
    private const int BatchSize = 200;

    public async Task<int> ExportAsync(Stream output, ExportFormat format, ExportRequest request, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var count = 0;
        async IAsyncEnumerable<EntryRecord> Counted([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var record in ReadAsync(request, token))
            {
                count++;
                if (count % BatchSize == 0)
                {
                    progress?.Report(count);
                }

                yield return record;
            }
        }

        if (format == ExportFormat.Json)
        {
            await CatalogueJson.WriteAsync(output, Counted(cancellationToken), cancellationToken);
        }
        else
        {
            await CatalogueCsv.WriteAsync(output, Counted(cancellationToken), cancellationToken);
        }

        progress?.Report(count);
        return count;
    }

    public async Task<int> CountAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var matching = await MatchingAsync(request, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Select(db, request, matching).CountAsync(cancellationToken);
    }

    /// <summary>The canonical records of the request's entries, in slug order (keyset pages, one short-lived context each).</summary>
    public async IAsyncEnumerable<EntryRecord> ReadAsync(ExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matching = await MatchingAsync(request, cancellationToken);
        string? after = null;
        while (true)
        {
            List<Entry> page;
            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                var query = Select(db, request, matching);
                if (after is not null)
                {
                    query = query.Where(e => string.Compare(e.Slug, after) > 0);
                }

                page = await query.OrderBy(e => e.Slug).Take(BatchSize).IncludeEverything().AsNoTracking().ToListAsync(cancellationToken);
            }

            foreach (var entry in page)
            {
                if (request.PublishedOnly)
                {
                    // A published entry may point at a draft or an entry in review: the public file must not name it.
                    entry.Relations.RemoveAll(r => r.ToEntry.Status != EntryStatus.Published);
                }

                yield return CanonicalForm.FromEntry(entry);
            }

            if (page.Count < BatchSize)
            {
                yield break;
            }

            after = page[^1].Slug;
        }
    }

    /// <summary>
    /// The request with its search matched (before a response starts streaming, so a search that cannot run is still
    /// answered with an error status).
    /// </summary>
    public async Task<ExportRequest> MatchAsync(ExportRequest request, CancellationToken cancellationToken) =>
        request.IsMatched ? request : request with { Matching = await MatchingAsync(request, cancellationToken), IsMatched = true };

    /// <summary>The ids the request's search matches, or null when it has no text and no filter (everything).</summary>
    private async Task<IReadOnlyCollection<int>?> MatchingAsync(ExportRequest request, CancellationToken cancellationToken) =>
        request.IsMatched ? request.Matching
        : request.Query.HasText || request.Query.HasFilters ? await matcher.MatchAsync(request.Query, request.PublishedOnly, cancellationToken)
        : null;

    private static IQueryable<Entry> Select(CatalogueDbContext db, ExportRequest request, IReadOnlyCollection<int>? matching)
    {
        var entries = db.Entries.AsQueryable();
        if (request.PublishedOnly)
        {
            entries = entries.PubliclyVisible();
        }

        return matching is null ? entries : entries.Where(e => matching.Contains(e.Id));
    }
}
