using System.Threading.RateLimiting;

namespace Catalogue.Web.Hosting;

/// <summary>
/// A budget of <c>permits</c> per <c>window</c> for one client (the generic cell rate algorithm): a burst of the whole
/// budget, then one request per window/permits. Unlike a fixed window it knows the exact time until the next request
/// is allowed, which is what Retry-After and the message say.
/// </summary>
public sealed class CellRateLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly long _interval = Math.Max(1, window.Ticks / Math.Max(1, permits));
    private readonly long _window = window.Ticks;
    private readonly Lock _gate = new();
    private long _theoreticalArrival;

    private long Now => time.GetUtcNow().UtcTicks;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = Now;
                return now >= _theoreticalArrival ? TimeSpan.FromTicks(now - _theoreticalArrival) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = Now;
            var next = Math.Max(_theoreticalArrival, now) + (_interval * permitCount);
            if (next - now > _window)
            {
                return new Lease(false, TimeSpan.FromTicks(next - _window - now));
            }

            _theoreticalArrival = next;
            return new Lease(true, null);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
