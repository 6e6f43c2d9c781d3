using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.LinkChecking;

/// <summary>What one check found; <see cref="RedirectTarget"/> is where redirects ended, if there were any.</summary>
public sealed record ProbeResult(LinkStatus Status, int? HttpStatus, string? RedirectTarget);

/// <summary>
/// Asks one address with HEAD (GET when HEAD is refused or fails), following up to <see cref="LinkCheckOptions.MaxRedirects"/>
/// redirects itself so each hop is paced, guarded and recorded. Never reads a body.
/// </summary>
public sealed class LinkProbe : IDisposable
{
    private readonly LinkCheckOptions _options;
    private readonly HttpClient _client;

    public LinkProbe(IOptions<LinkCheckOptions> options, TimeProvider time)
    {
        _options = options.Value;
        Pacer = new HostPacer(_options.PerHostDelay, time);
        var allowPrivate = _options.AllowPrivateAddresses;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, token) => AddressGuard.ConnectAsync(context.DnsEndPoint, allowPrivate, token),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
    }

    public HostPacer Pacer { get; }

    public static bool IsWebAddress(string? url, out Uri uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public async Task<ProbeResult> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (!IsWebAddress(url, out var uri))
        {
            return new ProbeResult(LinkStatus.Unchecked, null, null);
        }

        var head = await FollowAsync(HttpMethod.Head, uri, cancellationToken);
        // Many servers refuse or mishandle HEAD (405, 501, 403 …): only GET's answer is believed as a failure.
        return head.Status is LinkStatus.Broken or LinkStatus.TimedOut ? await FollowAsync(HttpMethod.Get, uri, cancellationToken) : head;
    }

    private async Task<ProbeResult> FollowAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        var permanent = false;
        var redirected = false;
        for (var hop = 0; ; hop++)
        {
            await Pacer.WaitTurnAsync(uri.Authority, cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(method, uri);
                response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new ProbeResult(LinkStatus.TimedOut, null, redirected ? uri.AbsoluteUri : null);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or UriFormatException)
            {
                var status = FindInner<PrivateAddressException>(exception) is not null ? LinkStatus.Unchecked : LinkStatus.Unreachable;
                return new ProbeResult(status, null, redirected ? uri.AbsoluteUri : null);
            }
            finally
            {
                Pacer.Answered(uri.Authority);
            }

            using (response)
            {
                var code = (int)response.StatusCode;
                if (code is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (!Uri.TryCreate(uri, location, out var next))
                    {
                        return new ProbeResult(LinkStatus.Broken, code, null);
                    }

                    if (hop >= _options.MaxRedirects || !IsWebAddress(next.AbsoluteUri, out _))
                    {
                        return new ProbeResult(LinkStatus.Broken, code, next.AbsoluteUri);
                    }

                    permanent |= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
                    redirected = true;
                    uri = next;
                    continue;
                }

                var target = redirected ? uri.AbsoluteUri : null;
                return code is >= 200 and < 300
                    ? new ProbeResult(permanent ? LinkStatus.Redirected : LinkStatus.Ok, code, target)
                    : new ProbeResult(LinkStatus.Broken, code, target);
            }
        }
    }

    private static T? FindInner<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }

    public void Dispose() => _client.Dispose();
}
