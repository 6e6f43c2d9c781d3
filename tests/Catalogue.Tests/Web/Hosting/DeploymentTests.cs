using System.Diagnostics;
using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Tests.Web.Curation;
using Catalogue.Web.Features.Account;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Hosting;

/// <summary>Deployment-safe defaults (issue 15, item 7): behind a TLS proxy, with a hostile Host header, and at sign-in.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class DeploymentTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private const string Proxy = "192.0.2.10";
    private const string PublicBase = "https://catalogue.example.org";

    [Fact]
    public async Task ForwardedHeaders_FromTheConfiguredProxy_GiveHttpsHstsSecureHostCookiesAndTheClientAddress()
    {
        await using var app = new ProxiedApp(fixture.Database.ConnectionString, knownProxy: Proxy);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var home = await client.SendAsync(Forwarded(HttpMethod.Get, "/"));
        var signIn = await client.SendAsync(Forwarded(HttpMethod.Get, "/account/login"));
        await FailedSignInAsync(app, "203.0.113.7");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.StartsWith("max-age=31536000", home.Headers.GetValues("Strict-Transport-Security").Single());
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-catalogue.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("203.0.113.7", await AuditedAddressesAsync());
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnAddressNotConfigured_AreIgnored()
    {
        await using var app = new ProxiedApp(fixture.Database.ConnectionString, knownProxy: "198.51.100.1");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var home = await client.SendAsync(Forwarded(HttpMethod.Get, "/"));
        await FailedSignInAsync(app, "203.0.113.8");

        Assert.False(home.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("203.0.113.8", await AuditedAddressesAsync());
    }

    [Theory]
    [InlineData("/", "<link rel=\"canonical\" href=\"https://catalogue.example.org/\"")]
    [InlineData("/catalogue", "<link rel=\"canonical\" href=\"https://catalogue.example.org/catalogue\"")]
    [InlineData("/sitemap.xml", "<loc>https://catalogue.example.org/catalogue</loc>")]
    [InlineData("/robots.txt", "Sitemap: https://catalogue.example.org/sitemap.xml")]
    [InlineData("/feeds/catalogue.atom", "https://catalogue.example.org/feeds/catalogue.atom")]
    [InlineData("/oai?verb=Identify", "<baseURL>https://catalogue.example.org/oai</baseURL>")]
    public async Task HostHeader_InProduction_DoesNotSteerLinks(string path, string expected)
    {
        await using var app = new ProxiedApp(fixture.Database.ConnectionString, knownProxy: Proxy);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains(expected, body);
        Assert.DoesNotContain("evil.example", body);
    }

    [Fact]
    public async Task Production_WithoutAPublicBaseUrl_RefusesToStartAndSaysWhy()
    {
        await using var app = new ProxiedApp(fixture.Database.ConnectionString, knownProxy: Proxy, publicBase: "");
        await using var bare = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" }).Build();

        Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var error = Assert.Throws<InvalidOperationException>(() => bare.UseDeploymentDefaults());
        Assert.StartsWith("OpenData:PublicBaseUrl is not set. In Production it is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownAddressWrongPasswordAndLockedAccount_GiveTheSameAnswer()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (locked, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        var (known, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        for (var i = 0; i < 5; i++)
        {
            await SignedInClient.PostSignInAsync(client, locked, "not the right password at all");
        }

        var answers = new[]
        {
            await SignedInClient.PostSignInAsync(client, $"nobody-{Guid.NewGuid():N}@example.org", SignedInClient.Password),
            await SignedInClient.PostSignInAsync(client, known, "not the right password at all"),
            await SignedInClient.PostSignInAsync(client, locked, SignedInClient.Password),
        };

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(LoginPage.FailedMessage), await answer.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task SignIn_UnknownAddress_TakesAboutAsLongAsAWrongPassword()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (known, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        var token = await SignedInClient.AntiforgeryTokenAsync(client, "/account/login");
        async Task<double> TimeAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = "not the right password", ["__RequestVerificationToken"] = token,
            }));
            return watch.Elapsed.TotalMilliseconds;
        }

        await TimeAsync("warm-up@example.org");
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            unknown.Add(await TimeAsync($"nobody-{i}@example.org"));
            wrong.Add(await TimeAsync(known)); // four wrong passwords: one short of the lockout
        }

        var (unknownMedian, wrongMedian) = (unknown.Order().ElementAt(2), wrong.Order().ElementAt(2));
        Assert.True(unknownMedian > wrongMedian * 0.6, $"unknown address {unknownMedian:F0} ms, wrong password {wrongMedian:F0} ms");
    }

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string clientAddress = "203.0.113.7")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "catalogue.example.org";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return request;
    }

    /// <summary>A failed sign-in through the proxy, on HTTPS, from <paramref name="clientAddress"/> (cookies carried by hand: they are Secure).</summary>
    private static async Task FailedSignInAsync(ProxiedApp app, string clientAddress)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = Forwarded(HttpMethod.Get, "/account/login", clientAddress);
        var response = await client.SendAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var post = Forwarded(HttpMethod.Post, "/account/login", clientAddress);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = $"proxy-{Guid.NewGuid():N}@example.org", ["Input.Password"] = "whatever password",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        post.Headers.Add("Cookie", string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(post)).StatusCode);
    }

    private async Task<List<string?>> AuditedAddressesAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return await db.AuditEvents.Select(a => a.IpAddress).ToListAsync();
    }

    /// <summary>The app in Production behind a proxy at <see cref="Proxy"/>: every connection comes from that address.</summary>
    private sealed class ProxiedApp(string connectionString, string knownProxy, string publicBase = PublicBase)
        : CatalogueAppFactory(connectionString, "Production")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenData:PublicBaseUrl", publicBase);
            builder.UseSetting("ReverseProxy:KnownProxies:0", knownProxy);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FromProxy>());
        }

        private sealed class FromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, following) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                    return following(context);
                });
                next(app);
            };
        }
    }
}
