using System.Net;
using Catalogue.Core.Entities;
using Catalogue.Tests.Core.LinkChecking;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Web.LinkChecking;

/// <summary>Readers are told quietly when a link failed several checks in a row, and only then (issue 20).</summary>
[Trait("Category", TestCategory.Database)]
public sealed class EntryPageLinkNoteTests : IAsyncLifetime
{
    private const string Note = "this link may no longer work";
    private readonly LinkCheckBed bed = new();

    [Fact]
    public async Task EntryPage_SourceFailedThreeTimesInARow_NoteBesideThatLinkOnly()
    {
        var id = await bed.PublishedAsync(bed.Server.Url("/missing"), documentUrl: bed.Server.Url("/ok"));
        var slug = (await bed.Curation.GetForEditAsync(LinkCheckBed.Curator, id)).Model.Slug;
        var checker = bed.Checker();
        await using var app = new CatalogueAppFactory(bed.Database.ConnectionString);
        using var client = app.CreateClient();

        await checker.RunBatchAsync(CancellationToken.None);
        await checker.RunBatchAsync(CancellationToken.None);
        var afterTwo = await client.GetStringAsync($"/entries/{slug}");
        await checker.RunBatchAsync(CancellationToken.None);
        var afterThree = await client.GetStringAsync($"/entries/{slug}");
        var french = await client.GetStringAsync($"/fr/entries/{slug}");

        Assert.DoesNotContain(Note, afterTwo, StringComparison.Ordinal);
        Assert.Single(afterThree.Split(Note)[1..]);
        var missingLink = afterThree.IndexOf($"<a href=\"{bed.Server.Url("/missing")}\"", StringComparison.Ordinal);
        var okLink = afterThree.IndexOf($"<a href=\"{bed.Server.Url("/ok")}\"", StringComparison.Ordinal);
        Assert.True(missingLink > 0 && okLink > missingLink);
        Assert.InRange(afterThree.IndexOf(Note, StringComparison.Ordinal), missingLink, okLink);
        Assert.Contains("ce lien ne fonctionne peut-être plus", WebUtility.HtmlDecode(french), StringComparison.Ordinal);

        await bed.Curation.TransitionCurrentAsync(LinkCheckBed.Curator, id, EntryStatus.Archived);
        var archived = await client.GetAsync($"/entries/{slug}");
        Assert.NotEqual(HttpStatusCode.OK, archived.StatusCode);
        Assert.DoesNotContain(Note, await archived.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => bed.InitializeAsync();

    public Task DisposeAsync() => bed.DisposeAsync();
}
