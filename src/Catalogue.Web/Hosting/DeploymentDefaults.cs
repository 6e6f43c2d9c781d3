using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Catalogue.Web.Hosting;

/// <summary>
/// Safe behind a TLS-terminating reverse proxy: X-Forwarded-For/-Proto are believed only from the proxies named in
/// ReverseProxy:KnownProxies (addresses or networks), so the app knows it is on HTTPS (Secure cookies, HSTS) and who
/// the client is (rate limits, audit). In Production the public base URL is required, so links, feeds, the sitemap and
/// OAI identifiers never come from a request's Host header; with an https base URL the cookies are __Host- cookies.
/// </summary>
public static class DeploymentDefaults
{
    public const string KnownProxiesKey = "ReverseProxy:KnownProxies";

    public static WebApplicationBuilder AddDeploymentDefaults(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only what is configured.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [])
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new InvalidOperationException($"{KnownProxiesKey} holds \"{proxy}\", which is neither an IP address nor a network such as 10.0.0.0/8.");
                }
            }
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

        if (Uri.TryCreate(configuration["OpenData:PublicBaseUrl"], UriKind.Absolute, out var publicBase) && publicBase.Scheme == Uri.UriSchemeHttps)
        {
            builder.Services.ConfigureApplicationCookie(options => HostCookie(options.Cookie, "__Host-catalogue.auth"));
            builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options => HostCookie(options.Cookie, "__Host-catalogue.2fa"));
            builder.Services.Configure<AntiforgeryOptions>(options => HostCookie(options.Cookie, "__Host-catalogue.antiforgery"));
        }

        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseDeploymentDefaults(this WebApplication app)
    {
        if (app.Environment.IsProduction() && !Uri.TryCreate(app.Configuration["OpenData:PublicBaseUrl"], UriKind.Absolute, out _))
        {
            throw new InvalidOperationException(
                "OpenData:PublicBaseUrl is not set. In Production it is required (e.g. https://catalogue.example.org), so that links, feeds, " +
                "the sitemap and OAI-PMH identifiers do not take the host from the request. Set OpenData__PublicBaseUrl.");
        }

        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>
    /// Secure on HTTPS requests (SameAsRequest, the default): a browser keeps a __Host- cookie only when it is Secure, has
    /// path / and no domain, so over plain HTTP it keeps none and nothing can be signed in there. "Always" would make the
    /// antiforgery check throw (a 500) on a plain HTTP request instead.
    /// </summary>
    private static void HostCookie(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}
