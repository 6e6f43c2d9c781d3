using Catalogue.Core.Data;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.Catalogue;

/// <summary>
/// Recounts the most used searches (home page, SDG 4 and GCM explorers, popular filters) soon after the catalogue
/// changes, so their next visitor finds the counts ready instead of waiting for them. It waits until the catalogue
/// version has stood still for one interval, so an import or a burst of edits is recounted once, at the end.
/// </summary>
public sealed class SearchCountWarmer(IDbContextFactory<CatalogueDbContext> factory, ICatalogueSearch search, SearchResultCache cache,
    IConfiguration configuration, ILogger<SearchCountWarmer> logger) : BackgroundService
{
    public const int DefaultSearches = 12;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>How many searches are recounted after each change (Catalogue:Search:WarmSearches; 0 turns this off).</summary>
    private int Searches => configuration.GetValue("Catalogue:Search:WarmSearches", DefaultSearches);

    /// <summary>Counts the most used searches at the current catalogue version; returns how many it counted.</summary>
    public async Task<int> WarmAsync(CancellationToken cancellationToken)
    {
        var searches = cache.MostUsed(Searches);
        foreach (var (query, options) in searches)
        {
            await search.SearchAsync(query, options with { Hits = false, Suggestions = false, UseCache = true, RecordUse = false }, cancellationToken);
        }

        return searches.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Searches <= 0)
        {
            return;
        }

        long? seen = null;
        long? warmed = null;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(stoppingToken);
                var version = await CatalogueSearchService.CatalogueVersionAsync(db, stoppingToken);
                if (version != seen)
                {
                    seen = version;
                    continue;
                }

                if (version != warmed)
                {
                    var counted = await WarmAsync(stoppingToken);
                    warmed = version;
                    logger.LogDebug("Recounted {Searches} most used searches at catalogue version {Version}", counted, version);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Recounting the most used searches failed; trying again in {Interval}", Interval);
            }
        }
    }
}
