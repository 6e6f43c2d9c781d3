using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.Search.Indexing;

/// <summary>Runs the index of this instance: opens or builds it at start, polls the outbox, prunes it hourly, commits on shutdown.</summary>
public sealed partial class SearchIndexService(SearchIndexUpdater updater, IOptions<SearchIndexOptions> options, ILogger<SearchIndexService> logger)
    : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await updater.StartAsync(stoppingToken);
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogStartFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }

        var lastPrune = DateTime.MinValue;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.PollInterval, stoppingToken);
            try
            {
                await updater.CatchUpAsync(stoppingToken);
                if (DateTime.UtcNow - lastPrune >= PruneEvery)
                {
                    lastPrune = DateTime.UtcNow;
                    await updater.PruneOutboxAsync(stoppingToken);
                }

                if (failing)
                {
                    LogRecovered();
                    failing = false;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be restarting: searches keep answering from the index meanwhile.
                if (!failing)
                {
                    LogCatchUpFailed(exception);
                    failing = true;
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await updater.CommitAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "The search index could not start (is the database up and migrated?); trying again in 2 s")]
    private partial void LogStartFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Applying search outbox changes failed; searches answer from the index as it is until the database answers again")]
    private partial void LogCatchUpFailed(Exception exception);

    [LoggerMessage(LogLevel.Information, "Applying search outbox changes works again")]
    private partial void LogRecovered();
}
