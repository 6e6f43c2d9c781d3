using Catalogue.Core.Search;
using Catalogue.Core.Search.Indexing;

namespace Catalogue.Web.Hosting;

/// <summary>
/// This instance's search index (issue 14): opened or built at start, fed from the database outbox, consulted by every
/// page and open-data endpoint that searches. Settings: section "Search" (<see cref="SearchIndexOptions"/>).
/// </summary>
public static class SearchIndexRegistration
{
    public static WebApplicationBuilder AddSearchIndex(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SearchIndexOptions>(options =>
        {
            builder.Configuration.GetSection(SearchIndexOptions.Section).Bind(options);
            // A relative folder is the app's data folder beside its content root, like the local database's.
            options.IndexPath = Path.GetFullPath(options.IndexPath, builder.Environment.ContentRootPath);
        });
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<IndexStorage>();
        builder.Services.AddSingleton<SearchIndexUpdater>();
        builder.Services.AddSingleton<CatchUpAfterCommitInterceptor>();
        builder.Services.AddHostedService<SearchIndexService>();
        builder.Services.AddSingleton<ICatalogueSearch, CatalogueSearchService>();
        builder.Services.AddSingleton<Catalogue.Core.Search.Insights.CatalogueInsights>();
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
