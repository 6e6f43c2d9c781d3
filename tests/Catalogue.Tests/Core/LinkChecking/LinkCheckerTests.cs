using Catalogue.Core.Entities;
using Catalogue.Core.LinkChecking;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.LinkChecking;

/// <summary>The link checker against a local web server (issue 20): each outcome stored, pace, one checker at a time.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class LinkCheckerTests : IAsyncLifetime
{
    private readonly LinkCheckBed bed = new();

    [Fact]
    public async Task RunBatch_EveryKindOfAnswer_StoresEachOutcome()
    {
        var server = bed.Server;
        foreach (var path in new[] { "/ok", "/moved", "/temporary", "/missing", "/error", "/no-head", "/slow", "/loop" })
        {
            await bed.PublishedAsync(server.Url(path));
        }

        await bed.PublishedAsync(server.RefusedUrl);

        var checkedCount = await bed.Checker().RunBatchAsync(CancellationToken.None);

        Assert.Equal(9, checkedCount);
        await AssertStored(server.Url("/ok"), LinkStatus.Ok, 200, null);
        await AssertStored(server.Url("/moved"), LinkStatus.Redirected, 200, server.Url("/ok"));
        await AssertStored(server.Url("/temporary"), LinkStatus.Ok, 200, server.Url("/ok"));
        await AssertStored(server.Url("/missing"), LinkStatus.Broken, 404, null);
        await AssertStored(server.Url("/error"), LinkStatus.Broken, 500, null);
        await AssertStored(server.Url("/no-head"), LinkStatus.Ok, 200, null);
        await AssertStored(server.Url("/slow"), LinkStatus.TimedOut, null, null);
        await AssertStored(server.RefusedUrl, LinkStatus.Unreachable, null, null);
        await AssertStored(server.Url("/loop"), LinkStatus.Broken, 301, server.Url("/loop"));
        Assert.Equal(["HEAD", "GET"], server.HitsOn("/no-head").Select(h => h.Method));
        Assert.Equal(6, server.HitsOn("/loop").Count(h => h.Method == "HEAD"));
        Assert.All(server.Hits, h => Assert.Equal("MigrantEducationCatalogue-LinkChecker/1.0 (+https://catalogue.example.org)", h.UserAgent));
        var ok = await bed.ResultAsync(server.Url("/ok"));
        var missing = await bed.ResultAsync(server.Url("/missing"));
        Assert.Equal((0, true), (ok.ConsecutiveFailures, ok.LastSuccessAt is not null));
        Assert.Equal((1, false), (missing.ConsecutiveFailures, missing.LastSuccessAt is not null));
    }

    [Fact]
    public async Task RunBatch_RepeatedFailure_CountsInARowAndKeepsSinceWhen()
    {
        var url = bed.Server.Url("/missing");
        var id = await bed.PublishedAsync(url);
        var checker = bed.Checker();

        await checker.RunBatchAsync(CancellationToken.None);
        var first = await bed.ResultAsync(url);
        await checker.RunBatchAsync(CancellationToken.None);
        await checker.RunBatchAsync(CancellationToken.None);
        var third = await bed.ResultAsync(url);

        Assert.Equal(3, third.ConsecutiveFailures);
        Assert.Equal(first.StatusSince, third.StatusSince);
        Assert.True(third.LastCheckedAt > first.LastCheckedAt);
        await using var db = bed.Database.CreateContext();
        Assert.Equal(url, await db.Entries.Where(e => e.Id == id).Select(e => e.SourceUrl).SingleAsync());
    }

    [Fact]
    public async Task RunBatch_OnlyPublishedEntries_DraftAndArchivedAddressesNeverAsked()
    {
        await bed.PublishedAsync(bed.Server.Url("/ok?published"));
        await bed.PublishedAsync(bed.Server.Url("/ok?draft"), EntryStatus.Draft);
        await bed.PublishedAsync(bed.Server.Url("/ok?review"), EntryStatus.InReview);

        await bed.Checker().RunBatchAsync(CancellationToken.None);

        Assert.Equal(["/ok?published"], bed.Server.Hits.Select(h => h.PathAndQuery));
        Assert.Equal(1, await bed.RowCountAsync());
    }

    [Fact]
    public async Task RunBatch_PerHostDelay_AsksOneHostAtMostOncePerDelay()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            await bed.PublishedAsync(bed.Server.Url($"/ok?{name}"));
        }

        var options = LinkCheckBed.TestOptions();
        options.PerHostDelay = TimeSpan.FromMilliseconds(600);

        await bed.Checker(options).RunBatchAsync(CancellationToken.None);

        var times = bed.Server.Hits.Select(h => h.At).Order().ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(550),
            $"requests {(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task RunBatch_TwoCheckersAtOnce_NoAddressCheckedTwice()
    {
        for (var i = 0; i < 4; i++)
        {
            await bed.PublishedAsync(bed.Server.Url($"/steady?{i}"));
        }

        var results = await Task.WhenAll(bed.Checker().RunBatchAsync(CancellationToken.None), bed.Checker().RunBatchAsync(CancellationToken.None));

        Assert.Equal(4, results.Sum(r => r ?? 0));
        Assert.Equal(4, bed.Server.Hits.Count);
        Assert.Equal(4, bed.Server.Hits.Select(h => h.PathAndQuery).Distinct().Count());
    }

    [Fact]
    public async Task RunBatch_PrivateAddressInProduction_NotAskedAndNotReportedBroken()
    {
        var url = bed.Server.Url("/ok");
        await bed.PublishedAsync(url);
        var options = LinkCheckBed.TestOptions();
        options.AllowPrivateAddresses = false;

        await bed.Checker(options).RunBatchAsync(CancellationToken.None);

        Assert.Empty(bed.Server.Hits);
        var stored = await bed.ResultAsync(url);
        Assert.Equal((LinkStatus.Unchecked, 0), (stored.Status, stored.ConsecutiveFailures));
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.215.14", true)]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c", true)]
    public void IsPublic_Address_OnlyPublicInternetAddresses(string address, bool expected) =>
        Assert.Equal(expected, AddressGuard.IsPublic(System.Net.IPAddress.Parse(address)));

    private async Task AssertStored(string url, LinkStatus status, int? code, string? target)
    {
        var stored = await bed.ResultAsync(url);
        Assert.Equal((url, status, code, target), (stored.Url, stored.Status, stored.HttpStatus, stored.RedirectTarget));
        Assert.NotNull(stored.LastCheckedAt);
    }

    public Task InitializeAsync() => bed.InitializeAsync();

    public Task DisposeAsync() => bed.DisposeAsync();
}
