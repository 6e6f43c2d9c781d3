using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.LinkChecking;

/// <summary>Runs a batch of the link checker every <see cref="LinkCheckOptions.Interval"/> (when enabled).</summary>
public sealed partial class LinkCheckService(LinkChecker checker, IOptions<LinkCheckOptions> options, TimeProvider time, ILogger<LinkCheckService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Let the instance finish starting (search index, first requests) before the first batch.
        await Task.Delay(TimeSpan.FromSeconds(30), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await checker.RunBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogBatchFailed(exception);
            }

            await Task.Delay(options.Value.Interval, time, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A link checker batch failed; the next one runs at the usual time")]
    private partial void LogBatchFailed(Exception exception);
}
