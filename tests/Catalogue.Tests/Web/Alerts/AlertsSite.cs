using System.Text.RegularExpressions;
using Catalogue.Core.Alerts;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Mail;
using Catalogue.Core.Search.Indexing;
using Catalogue.Tests.Core.Search;
using Catalogue.Web.Features.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Catalogue.Tests.Web.Alerts;

/// <summary>The app over the sample search catalogue, its mail going to netDumbster; alert jobs run only when a test runs them.</summary>
public sealed class AlertsSite : IAsyncLifetime
{
    private CatalogueAppFactory? app;
    private IServiceProvider? services;

    public TestDatabase Database { get; } = new();
    public FakeSmtp Smtp { get; } = FakeSmtp.Start();
    public HttpClient? Client { get; private set; }
    public IServiceProvider Services => services ?? app!.Services;
    public AlertSubscriptions Alerts => Services.GetRequiredService<AlertSubscriptions>();
    public AlertMailComposer Composer => Services.GetRequiredService<AlertMailComposer>();
    public AlertDigestJob Digests => Services.GetRequiredService<AlertDigestJob>();
    public MailOutboxSender Sender => Services.GetRequiredService<MailOutboxSender>();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
        {
            await SearchSampleCatalogue.SeedAsync(db);
        }

        var settings = Smtp.Settings();
        settings["Alerts:BackgroundJobs"] = "false";
        app = new CatalogueAppFactory(Database.ConnectionString, settings: settings);
        Client = app.CreateClient(new() { AllowAutoRedirect = false });
        await IndexReadyAsync();
    }

    /// <summary>Uses an app started elsewhere (the browser tests' Kestrel host) instead of starting one.</summary>
    public void UseServices(IServiceProvider provider) => services = provider;

    public Task IndexReadyAsync() => Services.GetRequiredService<SearchIndexUpdater>().Rebuilding;

    /// <summary>Subscribes and confirms through the services; returns the alert's id.</summary>
    public async Task<long> ConfirmedAlertAsync(string email, string search, DateTime now, AlertFrequency frequency = AlertFrequency.Weekly, string language = "en")
    {
        string? confirmToken = null;
        var (_, id) = await Alerts.SubscribeAsync(new SubscribeRequest(email, search, language, frequency, "http://catalogue.test"),
            (subscription, confirm, manage) => { confirmToken = confirm; return Composer.Confirmation(subscription, confirm, manage); }, now, CancellationToken.None);
        Assert.Equal(ConfirmOutcome.Confirmed, await Alerts.ConfirmAsync(confirmToken, now, CancellationToken.None));
        return id;
    }

    /// <summary>Stores an entry as an import would and waits until this instance's index has it.</summary>
    public async Task AddEntryAsync(string slug, string title, EntryStatus status, DateTime? publishedAt)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Entries.Add(new Entry
            {
                Kind = EntryKind.Programme, Slug = slug, Title = title, Summary = "A summary of " + title + ".", Status = status,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, PublishedAt = publishedAt,
            });
            await db.SaveChangesAsync();
        }

        await Services.GetRequiredService<SearchIndexUpdater>().CatchUpAsync(CancellationToken.None);
    }

    /// <summary>A link's token from a message's text part, e.g. the confirmation link's.</summary>
    public static string TokenOf(MimeMessage message, string path) =>
        Regex.Match(message.TextBody ?? "", Regex.Escape(path) + @"\?token=([A-Za-z0-9_-]+)").Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"No {path} link in: {message.TextBody}");

    public async Task<MimeMessage> QueuedMessageAsync(long subscriptionId, MailKind kind)
    {
        await using var db = Database.CreateContext();
        var content = await db.MailOutbox.Where(m => m.SubscriptionId == subscriptionId && m.Kind == kind).OrderByDescending(m => m.Id)
            .Select(m => m.Content).FirstAsync();
        return MimeMessage.Load(new MemoryStream(content!));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Smtp.Dispose();
        await Database.DisposeAsync();
    }
}
