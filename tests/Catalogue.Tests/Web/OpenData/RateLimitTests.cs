using System.Net;
using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Web.OpenData;

public sealed class RateLimitTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task OpenDataEndpoints_OverTheLimit_Return429WithRetryAfter()
    {
        await using var app = new OpenDataApp(fixture.Database.ConnectionString, new Dictionary<string, string>
        {
            ["OpenData:RateLimitPermits"] = "3",
            ["OpenData:RateLimitWindowSeconds"] = "60",
        });
        using var client = app.CreateClient();

        var allowed = new[]
        {
            await client.GetAsync("/api/v1/entries"),
            await client.GetAsync("/feeds/catalogue.atom"),
            await client.GetAsync("/oai?verb=Identify"),
        };
        var rejected = await client.GetAsync("/api/v1/taxonomies/sdg-targets");

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        // Human pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
