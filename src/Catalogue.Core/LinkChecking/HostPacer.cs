namespace Catalogue.Core.LinkChecking;

/// <summary>Spaces requests to one host: at most one per <see cref="LinkCheckOptions.PerHostDelay"/>.</summary>
public sealed class HostPacer(TimeSpan delay, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Waits until this host may be asked again and books the turn after.</summary>
    public async Task WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var turn = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = turn + delay;
            wait = turn - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Counts the delay again from the host's answer: a slow host is not asked again the moment it has answered.</summary>
    public void Answered(string host)
    {
        lock (_lock)
        {
            var after = time.GetUtcNow() + delay;
            if (!_next.TryGetValue(host, out var next) || next < after)
            {
                _next[host] = after;
            }
        }
    }
}
