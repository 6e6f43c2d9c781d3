using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.LinkChecking;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalogue.Tests.Core.LinkChecking;

/// <summary>A fresh database with a curator, the local web server, and link checkers built the way the app builds them.</summary>
public sealed class LinkCheckBed : IAsyncLifetime
{
    public static readonly CurationActor Curator = TestAccounts.Actor("links-curator", "links-curator@example.org", CatalogueRoles.Curator);
    public static readonly CurationActor Contributor = TestAccounts.Actor("links-contrib", "links-contrib@example.org", CatalogueRoles.Contributor);

    public TestDatabase Database { get; } = new() { Seed = db => TestAccounts.AddAsync(db, Curator, Contributor) };

    public LocalLinkServer Server { get; private set; } = null!;

    public EntryCurationService Curation => new(Database.Factory);

    /// <summary>Short timeout, no pace, private addresses allowed (the server is on 127.0.0.1), everything due at once.</summary>
    public static LinkCheckOptions TestOptions() => new()
    {
        Timeout = TimeSpan.FromMilliseconds(700),
        PerHostDelay = TimeSpan.Zero,
        AllowPrivateAddresses = true,
        RecheckAfter = TimeSpan.Zero,
        PublicBaseUrl = "https://catalogue.example.org",
    };

    public LinkChecker Checker(LinkCheckOptions? options = null)
    {
        var wrapped = Options.Create(options ?? TestOptions());
        return new LinkChecker(Database.Factory, new LinkProbe(wrapped, TimeProvider.System), wrapped, TimeProvider.System, NullLogger<LinkChecker>.Instance);
    }

    public LinkReports Reports(LinkCheckOptions? options = null)
    {
        var wrapped = Options.Create(options ?? TestOptions());
        return new LinkReports(Database.Factory, Curation, Checker(options), wrapped);
    }

    /// <summary>A published entry whose source is <paramref name="sourceUrl"/>; returns its id.</summary>
    public async Task<int> PublishedAsync(string sourceUrl, EntryStatus status = EntryStatus.Published, string? documentUrl = null)
    {
        var id = await Curation.CreateAsync(Curator, new EntryEditModel
        {
            Kind = EntryKind.Programme,
            Title = $"Evening classes {Guid.NewGuid():N}"[..30],
            Summary = "Language classes for adults after work.",
            SdgTargets = ["4.6"],
            SourceUrl = sourceUrl,
            DocumentUrl = documentUrl,
        });
        if (status != EntryStatus.Draft)
        {
            await Curation.TransitionCurrentAsync(Curator, id, status);
        }

        return id;
    }

    public async Task<LinkCheck> ResultAsync(string url)
    {
        await using var db = Database.CreateContext();
        return await db.Set<LinkCheck>().AsNoTracking().SingleAsync(l => l.Url == url);
    }

    public async Task<int> RowCountAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<LinkCheck>().CountAsync();
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Server = await LocalLinkServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Database.DisposeAsync();
    }
}
