using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Text.Json;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Web.Hosting;

[Trait("Category", TestCategory.Database)]
public sealed class HealthEndpointTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Ready_DatabaseUp_Returns200()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = app.CreateClient();

        // The index is built when the host starts; ready reports 503 until it answers.
        var response = await client.GetAsync("/health/ready");
        for (var attempt = 0; response.StatusCode != HttpStatusCode.OK && attempt < 50; attempt++)
        {
            await Task.Delay(200);
            response = await client.GetAsync("/health/ready");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var index = report.RootElement.GetProperty("checks").GetProperty("search-index");
        Assert.Equal("Healthy", index.GetProperty("status").GetString());
        Assert.True(index.GetProperty("data").GetProperty("lagSeconds").GetDouble() is >= 0 and < 10);
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(await db.Entries.CountAsync(e => e.Status == EntryStatus.Published), index.GetProperty("data").GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task Ready_DatabaseDown_Returns503ButLiveStays200()
    {
        // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
        await using var app = new CatalogueAppFactory("Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=3");
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Responses_Always_CarrySecurityHeaders()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("1; mode=block", string.Join("", response.Headers.GetValues("X-XSS-Protection")));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task App_InEachEnvironment_StartsWithItsLoggingConfiguration(string environment)
    {
        // Production requires the public base URL (docker-compose sets it).
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString, environment)
            .WithWebHostBuilder(b => b.UseSetting("OpenData:PublicBaseUrl", "https://catalogue.example.org"));
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
