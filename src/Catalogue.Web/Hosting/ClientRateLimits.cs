using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Catalogue.Core.Search;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Catalogue.Web.Hosting;

/// <summary>
/// Every rate limit of the app, per client: one budget for every public read (pages, search, entries, sitemap, API,
/// feeds, exports, citations, OAI-PMH), so a scraper cannot move from one to another; and the sign-in and suggestion
/// limits. A client is its address after the trusted proxies (see <see cref="DeploymentDefaults"/>), an IPv6 client its
/// /64 network, since one host holds a whole /64. A refused request is told the real wait.
/// </summary>
public static class ClientRateLimits
{
    public const string SignInAccountItem = "catalogue.sign-in-account";

    /// <summary>Paths that are not public reads: files, Blazor's plumbing, health probes, and the signed-in areas (limited at sign-in).</summary>
    private static readonly string[] NotPublicReads = ["/_framework", "/_blazor", "/_content", "/css", "/js", "/favicon.svg", "/health", "/admin", "/account"];

    /// <summary>Machine-facing addresses answer problem+json; people get a short text.</summary>
    private static readonly string[] MachinePaths = ["/api", "/openapi", "/feeds", "/export", "/citations", "/oai", "/sitemap.xml", "/robots.txt"];

    public static WebApplicationBuilder AddClientRateLimits(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var publicReads = configuration.GetValue("RateLimits:PublicReadsPerMinute", 300);
        var signInPerIp = configuration.GetValue("Curation:RateLimits:SignInPerIpPerMinute", 20);
        var signInPerAccount = configuration.GetValue("Curation:RateLimits:SignInPerAccountPerMinute", 10);
        var suggestions = configuration.GetValue("Curation:RateLimits:SuggestionsPerIpPerHour", 10);
        var alertSubscriptions = configuration.GetValue("Alerts:SubscribePerClientPerHour", 10);
        var minute = TimeSpan.FromMinutes(1);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partition(context => IsPublicRead(context) ? "read:" + Client(context) : null, publicReads, minute),
                Partition(context => IsPost(context, CurationRegistration.SignInPath) ? "sign-in:" + Client(context) : null, signInPerIp, minute),
                Partition(context => context.Items[SignInAccountItem] is string account ? "account:" + account : null, signInPerAccount, minute),
                Partition(context => IsPost(context, "/suggest") ? "suggest:" + Client(context) : null, suggestions, TimeSpan.FromHours(1)),
                Partition(context => IsPost(context, CatalogueUrl.AlertPath) ? "alerts:" + Client(context) : null, alertSubscriptions, TimeSpan.FromHours(1)));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>Where the limits apply in the pipeline: before sign-in, so a refused request costs nothing more.</summary>
    public static WebApplication UseClientRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The per-account sign-in limit needs the e-mail address, which is in the posted form.
            if (IsPost(context, CurationRegistration.SignInPath) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var email = form["Input.Email"].ToString();
                if (!string.IsNullOrWhiteSpace(email))
                {
                    context.Items[SignInAccountItem] = email.Trim().ToUpperInvariant();
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The client a budget belongs to: its IPv4 address, or its IPv6 /64 network.</summary>
    public static string Client(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>"12 seconds", "6 minutes" (or "12 secondes", "6 دقائق"): the wait as a person reads it, rounded up, in the page's language.</summary>
    public static string Describe(IStringLocalizer text, TimeSpan wait) => wait.TotalSeconds < 90
        ? text.Plural("RateLimit.Seconds", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))
        : text.Plural("RateLimit.Minutes", (int)Math.Ceiling(wait.TotalMinutes));

    private static bool IsPublicRead(HttpContext context)
    {
        var request = context.Request;
        var read = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || IsPost(context, "/oai");
        return read && !NotPublicReads.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsPost(HttpContext context, string path) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase);

    private static PartitionedRateLimiter<HttpContext> Partition(Func<HttpContext, string?> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? RateLimitPartition.Get(partition, _ => new CellRateLimiter(permits, window, TimeProvider.System))
            : RateLimitPartition.GetNoLimiter(""));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        // The language prefix chose the culture before the limiter ran, so a person reads the wait in the page's language.
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SiteText>>();
        var message = text["RateLimit.Message", Describe(text, wait)].Value;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (MachinePaths.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: message).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, cancellationToken);
    }
}
