using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Tests.Core.Curation;
using Catalogue.Tests.Web.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Operations;

/// <summary>Two instances behind nginx: HTTPS from the proxy, one sign-in for both, circuits over WebSockets, readers served through a failure.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class ProxyTests(ProxyFixture proxy) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task Proxy_TlsInFront_AppKnowsItIsOnHttps()
    {
        using var client = proxy.Client();

        var response = await client.GetAsync("/account/login");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The antiforgery cookie is Secure only on HTTPS requests: the app believed the proxy's X-Forwarded-Proto.
        Assert.Contains(cookies, c => c.StartsWith("__Host-catalogue.antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"<link rel=\"canonical\" href=\"{proxy.ProxyUrl}/catalogue\"", await client.GetStringAsync("/catalogue"));
    }

    [Fact]
    public async Task SignIn_OnOneInstance_IsValidOnTheOther()
    {
        var (email, _) = await SignedInClient.CreateUserAsync(proxy.First, CatalogueRoles.Curator);
        var cookies = new CookieContainer();
        using var first = proxy.Client(cookies, $"http://127.0.0.1:{proxy.FirstPort}");
        using var second = proxy.Client(cookies, $"http://127.0.0.1:{proxy.SecondPort}");

        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.PostSignInAsync(first, email, SignedInClient.Password)).StatusCode);
        var admin = await second.GetAsync("/admin/entries");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Publish_OnOneInstance_IsFoundThroughTheProxyFromBothWithinTwoSeconds()
    {
        var curation = proxy.First.Services.GetRequiredService<EntryCurationService>();
        var id = await curation.CreateAsync(CurationTestData.Curator, CurationTestData.Model("Quetzal homework clubs"));
        await curation.TransitionCurrentAsync(CurationTestData.Curator, id, EntryStatus.Published);
        using var first = proxy.Client(baseUrl: $"http://127.0.0.1:{proxy.FirstPort}");
        using var second = proxy.Client(baseUrl: $"http://127.0.0.1:{proxy.SecondPort}");

        var clock = Stopwatch.StartNew();
        while (Total(await second.GetStringAsync("/api/v1/entries?q=quetzal")) == 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, Total(await first.GetStringAsync("/api/v1/entries?q=quetzal")));
        Assert.Equal(1, Total(await second.GetStringAsync("/api/v1/entries?q=quetzal")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Circuit_ThroughTheProxy_NegotiatesAndOpensAWebSocket()
    {
        using var client = proxy.Client();
        var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        using var body = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("connectionToken").GetString();

        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        await socket.ConnectAsync(new Uri($"{proxy.ProxyUrl.Replace("https", "wss")}/_blazor?id={token}"), CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    /// <summary>Last, by name: it stops the second instance.</summary>
    [Fact]
    public async Task Zz_OneInstanceStopsMidRun_TheProxyKeepsServingReaders()
    {
        using var client = proxy.Client();
        var statuses = new List<HttpStatusCode>();
        var reading = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                statuses.Add((await client.GetAsync(i % 2 == 0 ? "/catalogue?q=school" : "/entries/promoting-integration-toolkit")).StatusCode);
                await Task.Delay(25);
            }
        });

        await Task.Delay(300);
        await proxy.Second.DisposeAsync();
        await reading;

        Assert.Equal(60, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
