using Catalogue.Core.Data;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Core.Search;

public interface ICatalogueSearch
{
    /// <summary>A page of published results with the total, facet counts and a spelling suggestion when few match.</summary>
    Task<SearchResults> SearchAsync(CatalogueQuery query, SearchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The index's answer alone (entry ids in the query's order, total, counts), for open data and exports.</summary>
    Task<EngineResult> FindAsync(EngineRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the published entries most like an entry with these SDG 4 targets and keywords (<see cref="SimilarEntries"/>),
    /// best first; none while the index is being built, so an entry page never waits for it.
    /// </summary>
    Task<IReadOnlyList<int>> FindSimilarAsync(int entryId, IReadOnlyCollection<string> targets, IReadOnlyCollection<string> keywords, int count,
        CancellationToken cancellationToken = default);
}

/// <summary>
/// The catalogue's search for pages: the index ranks and counts (<see cref="SearchEngine"/>), PostgreSQL supplies the
/// rows of the page, the highlighter their snippets, and the index's vocabulary the "did you mean".
/// </summary>
public sealed class CatalogueSearchService(IDbContextFactory<CatalogueDbContext> contextFactory, SearchIndex index) : ICatalogueSearch, IDisposable
{
    /// <summary>Connections for the page reads, without a DbContext around them (the reads are one prepared statement).</summary>
    private readonly Lazy<NpgsqlDataSource> dataSource = new(() => CreateDataSource(contextFactory));

    /// <summary>Deep paging stops here (10,000 results): narrowing the search is the way further.</summary>
    public const int MaxPage = 500;

    /// <summary>With fewer results than this, a "Did you mean" suggestion is looked for.</summary>
    public const int SuggestBelow = 3;

    public Task<EngineResult> FindAsync(EngineRequest request, CancellationToken cancellationToken = default) =>
        index.SearchAsync(searcher => SearchEngine.Search(searcher, request), cancellationToken);

    public async Task<IReadOnlyList<int>> FindSimilarAsync(int entryId, IReadOnlyCollection<string> targets, IReadOnlyCollection<string> keywords,
        int count, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
        {
            return [];
        }

        try
        {
            return await index.SearchAsync(searcher => SimilarEntries.Find(searcher, entryId, targets, keywords, count), cancellationToken);
        }
        catch (SearchUnavailableException)
        {
            return [];
        }
    }

    public async Task<SearchResults> SearchAsync(CatalogueQuery query, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SearchOptions();
        query = query with { Page = Math.Clamp(query.Page, 1, MaxPage) };
        var countKeys = !options.Facets ? [] : options.FacetKeys is { } keys ? WithGroups(keys) : null;
        var take = options.Hits ? CatalogueQuery.PageSize : 0;
        var text = query.HasText ? SearchTextParser.Parse(query.Text!) : null;
        // The page's rows are read from PostgreSQL while the index counts the facets and the panels are built.
        (IReadOnlyList<int> Ids, Task<IReadOnlyList<SearchHit>> Read)? early = null;
        var request = new EngineRequest(query, (query.Page - 1) * CatalogueQuery.PageSize, take, countKeys)
        {
            OnWindow = take == 0 ? null : window => early = window.Count == 0 ? null
                : (window, Task.Run(() => ReadHitsAsync(window, text, cancellationToken), cancellationToken)),
        };
        var found = await FindAsync(request, cancellationToken);

        var pages = Math.Max(1, (int)Math.Ceiling(found.Total / (double)CatalogueQuery.PageSize));
        var capped = pages > MaxPage;
        pages = Math.Min(pages, MaxPage);
        var page = Math.Min(query.Page, pages);
        var ids = found.EntryIds;
        if (page != query.Page && options.Hits && found.Total > 0)
        {
            ids = (await FindAsync(new EngineRequest(query with { Page = page }, (page - 1) * CatalogueQuery.PageSize, take, []), cancellationToken)).EntryIds;
        }

        var hitsRead = ids.Count == 0 ? Task.FromResult<IReadOnlyList<SearchHit>>([])
            : early is { } started && ReferenceEquals(started.Ids, ids) ? started.Read
            : ReadHitsAsync(ids, text, cancellationToken);
        var facets = options.Facets ? FacetPanelBuilder.Build(query, found.Counts, options.FacetValueLimit, options.FacetWithin) : [];
        IReadOnlyList<SearchHit> hits;
        var fromIndex = false;
        try
        {
            hits = await hitsRead;
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            // PostgreSQL is restarting: the cards come from the index's stored copies, and the page says so.
            hits = await index.SearchAsync(searcher => IndexedCards.Read(searcher, ids, text), cancellationToken);
            fromIndex = true;
        }

        var suggestion = options.Suggestions && text is not null && found.Total < SuggestBelow
            ? await SuggestAsync(query, text, found.Total, cancellationToken)
            : null;
        var undated = query.YearFrom is not null || query.YearTo is not null ? found.Years?.Undated : null;
        return new SearchResults(query with { Page = page }, hits, found.Total, page, pages, capped, facets, suggestion, undated) { FromIndexOnly = fromIndex };
    }

    private async Task<IReadOnlyList<SearchHit>> ReadHitsAsync(IReadOnlyList<int> ids, IReadOnlyList<SearchClause>? text, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Value.OpenConnectionAsync(cancellationToken);
        return await SearchPageReader.LoadAsync(connection, ids, text, cancellationToken);
    }

    private static NpgsqlDataSource CreateDataSource(IDbContextFactory<CatalogueDbContext> contextFactory)
    {
        using var db = contextFactory.CreateDbContext();
        return NpgsqlDataSource.Create(CatalogueDbContextOptions.WithoutJit(db.Database.GetConnectionString()!));
    }

    public void Dispose()
    {
        if (dataSource.IsValueCreated)
        {
            dataSource.Value.Dispose();
        }
    }

    /// <summary>A corrected search text, offered only when it finds more than the text as typed.</summary>
    private async Task<string?> SuggestAsync(CatalogueQuery query, IReadOnlyList<SearchClause> text, int total, CancellationToken cancellationToken)
    {
        var corrected = await index.SearchAsync(searcher => SpellingCorrector.Suggest(searcher, query.Text!, text), cancellationToken);
        if (corrected is null)
        {
            return null;
        }

        var found = await FindAsync(new EngineRequest(query with { Text = corrected }, 0, 0, [], StopAfter: total), cancellationToken);
        return found.Total > total ? corrected : null;
    }

    /// <summary>Counting a facet of a group counts the whole group (a region's tree needs its countries).</summary>
    private static List<string> WithGroups(IReadOnlyCollection<string> keys) =>
        FacetRegistry.All.Where(f => keys.Contains(f.Key) || keys.Contains(f.GroupKey)).Select(f => f.Key).ToList();

    public static string? YearLabel(DateOnly? publicationDate, int? startYear, int? endYear) => (publicationDate, startYear, endYear) switch
    {
        ({ } date, _, _) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (null, { } start, { } end) when end != start => $"{start}–{end}",
        (null, { } start, _) => start.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (null, null, { } end) => end.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
