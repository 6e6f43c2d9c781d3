using System.Net;
using System.Text.Json;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;
using Catalogue.Tests.Web.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Tests.Web.Search;

[Trait("Category", TestCategory.Database)]
public sealed class SearchPagesTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    [Fact]
    public async Task CataloguePage_YearRange_SaysHowManyUndatedEntriesItLeavesOut()
    {
        await using (var db = site.Database.CreateContext())
        {
            await db.Entries.Where(e => e.Slug == "promoting-integration-toolkit")
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.PublicationDate, (DateOnly?)null).SetProperty(x => x.StartYear, (int?)null).SetProperty(x => x.EndYear, (int?)null));
        }

        // The instance applies the change at its next poll of the outbox.
        var withRange = "";
        for (var attempt = 0; attempt < 50 && !withRange.Contains("1 entry has no year", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            withRange = await site.Client.GetStringAsync("/catalogue?from=2000");
        }

        var without = await site.Client.GetStringAsync("/catalogue");

        Assert.Contains("1 entry has no year and is left out.", withRange);
        Assert.Contains("Entries without any year are left out once a year is set.", without);
    }

    [Fact]
    public async Task UnknownValues_PageIgnoresThemAndMachinesGet400ForTheSameKeys()
    {
        const string query = "sdg=4.9&kind=webinar";

        var page = await site.Client.GetStringAsync("/catalogue?" + query);
        Assert.Contains("<code>sdg=4.9</code>", page);
        Assert.Contains("<code>kind=webinar</code>", page);
        foreach (var path in new[] { "/api/v1/entries", "/feeds/catalogue.atom", "/export/catalogue.csv", "/citations/catalogue.ris" })
        {
            var response = await site.Client.GetAsync(path + "?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("sdg", out _), path);
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("kind", out _), path);
        }

        foreach (var set in new[] { "sdg:4.9", "kind:webinar" })
        {
            var oai = await site.Client.GetStringAsync($"/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set={set}");
            Assert.Contains("code=\"badArgument\"", oai);
        }
    }

    [Fact]
    public void Sources_CatalogueLinks_AreWrittenOnlyByTheUrlBuilder()
    {
        var root = Path.Combine(TestDatabase.RepositoryRoot(), "src");
        var handWritten = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && line.Contains("\"/catalogue?", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.Empty(handWritten);
    }
}

/// <summary>An instance whose index cannot be built answers search pages with 503 and keeps serving the rest.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class SearchUnavailableTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private CatalogueAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP TABLE search_index_state", connection);
            await drop.ExecuteNonQueryAsync();
        }

        _app = new CatalogueAppFactory(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("/catalogue?q=school", "text/html")]
    [InlineData("/", "text/html")]
    [InlineData("/sdg4", "text/html")]
    [InlineData("/gcm", "text/html")]
    [InlineData("/api/v1/entries", "application/problem+json")]
    [InlineData("/feeds/catalogue.atom", "application/problem+json")]
    public async Task SearchingPage_NoIndexYet_Answers503WithRetryAfter(string path, string contentType)
    {
        using var client = _app.WithWebHostBuilder(b => b.UseSetting("Search:ReadyWait", "00:00:00.2")).CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        if (contentType == "text/html")
        {
            Assert.Contains("Search is being prepared", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task OtherPages_NoIndexYet_KeepAnswering()
    {
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/about")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
