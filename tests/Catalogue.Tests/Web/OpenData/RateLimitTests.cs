using System.Net;
using System.Text.Json;
using Catalogue.Tests.Web.Curation;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Tests.Web.OpenData;

/// <summary>Rate limits that cannot be side-stepped, and that tell the real wait (issue 15, item 8).</summary>
[Trait("Category", TestCategory.Database)]
public sealed class RateLimitTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task PublicReads_PagesSitemapAndOpenData_ShareOneBudgetAndAnswer429WithTheRealWait()
    {
        await using var app = new OpenDataApp(fixture.Database.ConnectionString, new Dictionary<string, string> { ["RateLimits:PublicReadsPerMinute"] = "3" });
        using var client = app.CreateClient();

        var allowed = new[] { await client.GetAsync("/catalogue"), await client.GetAsync("/sitemap.xml"), await client.GetAsync("/api/v1/entries") };
        var page = await client.GetAsync("/catalogue?q=school");
        var api = await client.GetAsync("/api/v1/taxonomies/sdg-targets");

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.InRange(page.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 15, 20); // one request per 20 seconds after the burst
        Assert.Matches(@"^Too many requests from your address\. Wait (1[5-9]|20) seconds, then try again\.$", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("seconds", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PublicReads_HeadInsteadOfGetOrAnotherCase_CountAgainstTheSameBudget()
    {
        await using var app = new OpenDataApp(fixture.Database.ConnectionString, new Dictionary<string, string> { ["RateLimits:PublicReadsPerMinute"] = "2" });
        using var client = app.CreateClient();

        await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        await client.GetAsync("/CATALOGUE");
        var third = await client.GetAsync("/entries/anything");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Suggestions_OverTheHourlyLimit_AreToldTheRealWait()
    {
        await using var app = new OpenDataApp(fixture.Database.ConnectionString, new Dictionary<string, string> { ["Curation:RateLimits:SuggestionsPerIpPerHour"] = "1" });
        using var client = SignedInClient.NewClient(app);

        await PostSuggestionAsync(client);
        var second = await PostSuggestionAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.InRange(second.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 59, 60);
        Assert.Equal("Too many requests from your address. Wait 60 minutes, then try again.", await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/fr", "Trop de requêtes depuis votre adresse. Attendez 60 minutes, puis réessayez.")]
    [InlineData("/es", "Demasiadas solicitudes desde su dirección. Espere 60 minutos y vuelva a intentarlo.")]
    [InlineData("/ar", "طلبات كثيرة جدًا من عنوانك. انتظر 60 دقيقة، ثم أعد المحاولة.")]
    public async Task Suggestions_OverTheLimitOnALanguagesPage_AreToldInThatLanguage(string prefix, string expected)
    {
        await using var app = new OpenDataApp(fixture.Database.ConnectionString, new Dictionary<string, string> { ["Curation:RateLimits:SuggestionsPerIpPerHour"] = "1" });
        using var client = SignedInClient.NewClient(app);

        await PostSuggestionAsync(client, prefix);
        var second = await PostSuggestionAsync(client, prefix);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(expected, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Client_TwoAddressesOfOneIpv6Network_AreOneClient()
    {
        string Of(string address) => ClientRateLimits.Client(new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } });

        Assert.Equal(Of("2001:db8:1:2::1"), Of("2001:db8:1:2:ffff:ffff:ffff:fffe"));
        Assert.NotEqual(Of("2001:db8:1:2::1"), Of("2001:db8:1:3::1"));
        Assert.Equal("203.0.113.9", Of("::ffff:203.0.113.9"));
    }

    private static async Task<HttpResponseMessage> PostSuggestionAsync(HttpClient client, string prefix = "")
    {
        var token = await SignedInClient.AntiforgeryTokenAsync(client, prefix + "/suggest");
        return await client.PostAsync(prefix + "/suggest", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "suggest", ["__RequestVerificationToken"] = token, ["Input.Title"] = $"Saturday school {Guid.NewGuid():N}",
            ["Input.Link"] = "https://example.org/saturday-school", ["Input.Summary"] = "Volunteer teachers run Saturday lessons.",
            ["Input.Email"] = "visitor@example.org", ["sdg"] = "4.1",
        }));
    }
}
