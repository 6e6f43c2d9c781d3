using System.Diagnostics;
using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Tests.Core.Curation;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Operations;

/// <summary>
/// PostgreSQL stops under a running instance and starts again: readers get a 503 page with Retry-After, machines a
/// problem+json, search keeps answering from the index, a save fails whole, and everything recovers without a restart.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private ScratchCluster _cluster = null!;
    private CatalogueAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _cluster = await ScratchCluster.StartAsync();
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            await SearchSampleCatalogue.SeedAsync(db);
            await TestAccounts.AddAsync(db, CurationTestData.All);
        }

        _app = new CatalogueAppFactory(_cluster.ConnectionString);
        _client = _app.CreateClient(new() { AllowAutoRedirect = false });
        await WaitForAsync("/health/ready", HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task DatabaseStopsAndStarts_ReadersGet503AndSearchFromTheIndex_EverythingRecoversWithoutARestart()
    {
        const string entry = "/entries/promoting-integration-toolkit";
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(entry)).StatusCode);
        var curation = _app.Services.GetRequiredService<EntryCurationService>();
        var id = await IdAsync("promoting-integration-toolkit");
        var before = await curation.GetForEditAsync(CurationTestData.Curator, id);

        await _cluster.StopAsync();

        var page = await _client.GetAsync(entry);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("10", page.Headers.RetryAfter?.ToString());
        Assert.Contains("Back in a moment", await page.Content.ReadAsStringAsync());
        var api = await _client.GetAsync("/api/v1/entries/promoting-integration-toolkit");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/health/ready")).StatusCode);
        var search = await _client.GetAsync("/catalogue?q=toolkit");
        var results = await search.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("these results come from the search index", results);
        Assert.Contains("Promoting integration of migrants and refugees", results);
        var edited = before.Model.Clone();
        edited.Title = "Written during the outage";
        var save = await Record.ExceptionAsync(() => curation.UpdateAsync(CurationTestData.Curator, id, edited, before.Model, before.Version));
        Assert.True(DatabaseFailure.IsUnavailable(save), save?.ToString());

        await _cluster.StartAgainAsync();

        var recovered = await WaitForAsync(entry, HttpStatusCode.OK);
        Assert.True(recovered < TimeSpan.FromSeconds(30), $"took {recovered.TotalSeconds:0.0} s");
        await WaitForAsync("/health/ready", HttpStatusCode.OK);
        await using (var db = Context())
        {
            Assert.Equal(before.Model.Title, await db.Entries.Where(e => e.Id == id).Select(e => e.Title).SingleAsync());
        }

        var again = await curation.UpdateAsync(CurationTestData.Curator, id, edited, before.Model, before.Version);
        Assert.True(again.Saved);
        Assert.DoesNotContain("come from the search index", await _client.GetStringAsync("/catalogue?q=toolkit"));
    }

    private CatalogueDbContext Context()
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        CatalogueDbContextOptions.Configure(options, _cluster.ConnectionString);
        return new CatalogueDbContext(options.Options);
    }

    private async Task<int> IdAsync(string slug)
    {
        await using var db = Context();
        return await db.Entries.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
    }

    /// <summary>Polls until <paramref name="path"/> answers <paramref name="status"/>; returns how long that took.</summary>
    private async Task<TimeSpan> WaitForAsync(string path, HttpStatusCode status)
    {
        var clock = Stopwatch.StartNew();
        while ((await _client.GetAsync(path)).StatusCode != status)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{path} did not answer {status} within 60 s");
            await Task.Delay(250);
        }

        return clock.Elapsed;
    }
}
