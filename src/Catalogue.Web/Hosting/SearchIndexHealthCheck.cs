using Catalogue.Core.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalogue.Web.Hosting;

/// <summary>
/// Ready when this instance has an index and applied the outbox recently: the lag is the time since the last
/// successful catch-up (one every poll interval when all is well). Unhealthy while the first index is being built.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndex index, SearchIndexUpdater updater) : IHealthCheck
{
    /// <summary>Lag beyond which the index is reported degraded (still answering, but behind).</summary>
    public static readonly TimeSpan DegradedAfter = TimeSpan.FromSeconds(10);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = updater.Status;
        var lag = status.LastCatchUp is { } last ? DateTime.UtcNow - last : (TimeSpan?)null;
        var data = new Dictionary<string, object>
        {
            ["building"] = status.Building,
            ["watermark"] = status.Watermark,
            ["lagSeconds"] = lag is { } l ? Math.Round(l.TotalSeconds, 1) : -1,
        };
        if (index.Current is not { } handle)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The search index is being built.", data: data));
        }

        data["entries"] = handle.Search(s => s.Documents);
        return Task.FromResult(lag switch
        {
            null => HealthCheckResult.Degraded("The search index has not applied the outbox yet.", data: data),
            { } behind when behind > DegradedAfter => HealthCheckResult.Degraded($"The search index has not applied the outbox for {behind.TotalSeconds:0} s.", data: data),
            { } behind => HealthCheckResult.Healthy($"The search index is {behind.TotalSeconds:0.0} s behind at most.", data: data),
        });
    }
}
