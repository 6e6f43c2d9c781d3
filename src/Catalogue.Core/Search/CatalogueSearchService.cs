using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Search;

public interface ICatalogueSearch
{
    /// <summary>A page of published results with the total, facet counts and a spelling suggestion when few match.</summary>
    Task<SearchResults> SearchAsync(CatalogueQuery query, SearchOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// Full-text and faceted search over published entries. The page is read on the request's context while the total
/// and the facet counts (each with every other active filter applied: disjunctive faceting) are computed on contexts
/// of their own — or reused from <see cref="SearchResultCache"/> when the catalogue has not changed since.
/// </summary>
public sealed class CatalogueSearchService(IDbContextFactory<CatalogueDbContext> contextFactory, SearchResultCache? resultCache = null) : ICatalogueSearch
{
    /// <summary>Deep paging stops here (10,000 results): OFFSET stays bounded; narrowing the search is the way further.</summary>
    public const int MaxPage = 500;

    /// <summary>With fewer results than this, a "Did you mean" suggestion is looked for.</summary>
    public const int SuggestBelow = 3;

    public async Task<SearchResults> SearchAsync(CatalogueQuery query, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SearchOptions();
        query = query with { Page = Math.Clamp(query.Page, 1, MaxPage) };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Read before counting: counts stored under this version were counted from data at least this new.
        var version = resultCache is not null && options.UseCache ? await CatalogueVersionAsync(db, cancellationToken) : (long?)null;
        if (options.RecordUse && version is not null)
        {
            resultCache!.Remember(query, options);
        }

        if (version is { } read && resultCache!.TryGetPage(query, options, read, out var readBefore))
        {
            return readBefore;
        }

        var countsTask = version is { } v
            ? resultCache!.GetOrComputeAsync(query, options, v, token => CountAsync(query, options, token), cancellationToken)
            : CountAsync(query, options, cancellationToken);

        // A search counted before at this version is being paged through: its whole order is read once, then each
        // page loads only its own rows. A first page (most visits) or a search still being counted reads just the
        // requested page, while the counts are computed; only a page past the end is read again.
        var filtered = db.Entries.AsNoTracking().PubliclyVisible().Apply(db, query);
        int[]? order = null;
        if (options.Hits && query.Page > 1 && version is { } known && countsTask.IsCompletedSuccessfully && !resultCache!.TryGetOrder(query, options, known, out order))
        {
            order = await SearchPageReader.ReadOrderAsync(filtered, query, MaxPage * CatalogueQuery.PageSize, cancellationToken);
            resultCache.SetOrder(query, options, known, order);
        }

        var hits = options.Hits && order is null ? await SearchPageReader.LoadPageAsync(db, filtered, query, query.Page, cancellationToken) : [];
        var counts = await countsTask;
        var pages = Math.Max(1, (int)Math.Ceiling(counts.Total / (double)CatalogueQuery.PageSize));
        var capped = pages > MaxPage;
        pages = Math.Min(pages, MaxPage);
        var page = Math.Min(query.Page, pages);
        if (order is not null)
        {
            hits = await SearchPageReader.LoadIdsAsync(db, order.Skip((page - 1) * CatalogueQuery.PageSize).Take(CatalogueQuery.PageSize).ToList(), query, cancellationToken);
        }
        else if (page != query.Page && options.Hits && counts.Total > 0)
        {
            hits = await SearchPageReader.LoadPageAsync(db, filtered, query, page, cancellationToken);
        }

        string? suggestion = null;
        if (options.Suggestions && query.HasText && counts.Total < SuggestBelow)
        {
            suggestion = await SpellingSuggestions.SuggestAsync(db, query.Text!, cancellationToken);
        }

        var results = new SearchResults(query with { Page = page }, hits, counts.Total, page, pages, capped, counts.Facets, suggestion);
        if (version is { } stored)
        {
            resultCache!.SetPage(query, options, stored, results);
        }

        return results;
    }

    /// <summary>The total and the facet counts, on contexts of their own (counts may be shared by several requests).</summary>
    private async Task<SearchCounts> CountAsync(CatalogueQuery query, SearchOptions options, CancellationToken cancellationToken)
    {
        if (options.Facets)
        {
            return await CatalogueFacetCounter.CountAsync(contextFactory, query, options, cancellationToken);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return new SearchCounts(await db.Entries.AsNoTracking().PubliclyVisible().Apply(db, query).CountAsync(cancellationToken), []);
    }

    /// <summary>The catalogue version: moved by the database on every change to entries, their links or term names.</summary>
    public static Task<long> CatalogueVersionAsync(CatalogueDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<long>("SELECT version AS \"Value\" FROM catalogue_version WHERE id = 1").SingleAsync(cancellationToken);

    public static string? YearLabel(DateOnly? publicationDate, int? startYear, int? endYear) => (publicationDate, startYear, endYear) switch
    {
        ({ } date, _, _) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (null, { } start, { } end) when end != start => $"{start}–{end}",
        (null, { } start, _) => start.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (null, null, { } end) => end.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
