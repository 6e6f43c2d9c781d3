using System.Diagnostics;
using System.Text.Json;
using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Web.Commands;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tools.Commands.Soak;

/// <summary>
/// The curators of the soak and the outage drill (scripts/soak.sh, scripts/outage-drill.sh): accounts of the Curator role
/// save edits to published entries through the same service as the admin form, each save writing a word found nowhere
/// else into the summary, and every outcome is written as a JSON line. <c>--verify</c> then proves that every
/// acknowledged save is in the database, in the history and in each instance's search index, and that nothing refused
/// was half-written.
/// </summary>
public sealed class SoakCuratorsCommand : ICatalogueCommand
{
    public string Name => "soak-curators";

    public string Usage => "soak-curators --out FILE [--seconds 600] [--curators 2] [--interval-ms 1000]\n" +
                           "       soak-curators --verify FILE --instances http://127.0.0.1:5101,http://127.0.0.1:5102";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var options = new CommandArguments(arguments, new HashSet<string>(),
            new HashSet<string> { "--out", "--seconds", "--curators", "--interval-ms", "--verify", "--instances" });
        if (options.Value("--verify") is { } saves)
        {
            var instances = options.Value("--instances")?.Split(',', StringSplitOptions.RemoveEmptyEntries)
                ?? throw new CommandLineException("--verify needs --instances (the app instances' own addresses).");
            return await SoakVerification.RunAsync(services, saves, instances, cancellationToken);
        }

        var output = options.Value("--out") ?? throw new CommandLineException("Give the file for the outcomes with --out.");
        var seconds = options.PositiveNumber("--seconds", 600);
        var curators = options.PositiveNumber("--curators", 2);
        var interval = TimeSpan.FromMilliseconds(options.PositiveNumber("--interval-ms", 1000));
        var accounts = await EnsureCuratorsAsync(services, curators);
        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        var capacity = (int)(seconds * 1000L / (long)interval.TotalMilliseconds) + 1;
        var pool = await PickEntriesAsync(factory, curators * capacity, cancellationToken);
        var run = Guid.NewGuid().ToString("N")[..6];
        await using var writer = new SoakOutcomeWriter(output);
        using var until = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        until.CancelAfter(TimeSpan.FromSeconds(seconds));
        var service = services.GetRequiredService<EntryCurationService>();
        await Task.WhenAll(accounts.Select((actor, i) => CurateAsync(service, actor, i + 1,
            pool.Skip(i * capacity).Take(capacity).ToList(), run, interval, writer, until.Token)));
        Console.WriteLine($"{writer.Saved} saves acknowledged, {writer.Refused} refused (written to {output})");
        return 0;
    }

    private static async Task CurateAsync(EntryCurationService service, CurationActor actor, int curator, IReadOnlyList<int> entries,
        string run, TimeSpan interval, SoakOutcomeWriter writer, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        var next = 0;
        do
        {
            if (next >= entries.Count)
            {
                return;
            }

            var entryId = entries[next];
            var token = $"soak{run}c{curator}n{next++:D6}";
            var clock = Stopwatch.StartNew();
            try
            {
                var seen = await service.GetForEditAsync(actor, entryId, cancellationToken);
                var edited = seen.Model.Clone();
                edited.Summary = $"{seen.Model.Summary} {token}";
                var result = await service.UpdateAsync(actor, entryId, edited, seen.Model, seen.Version, cancellationToken);
                await writer.WriteAsync(new SoakOutcome(DateTime.UtcNow, curator, entryId, token, clock.ElapsedMilliseconds,
                    result.Saved ? SoakOutcome.Saved : SoakOutcome.Conflict, null));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var outcome = DatabaseFailure.IsUnavailable(ex) ? SoakOutcome.Paused : SoakOutcome.Error;
                await writer.WriteAsync(new SoakOutcome(DateTime.UtcNow, curator, entryId, token, clock.ElapsedMilliseconds, outcome,
                    ex.GetType().Name + ": " + ex.Message));
            }
        }
        while (await SafeTickAsync(timer, cancellationToken));
    }

    private static async Task<bool> SafeTickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Published entries in random order, each edited once, so each acknowledged word has one place to be.</summary>
    private static async Task<IReadOnlyList<int>> PickEntriesAsync(IDbContextFactory<CatalogueDbContext> factory, int count,
        CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Entries.AsNoTracking().Where(e => e.Status == EntryStatus.Published)
            .OrderBy(e => EF.Functions.Random()).Select(e => e.Id).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>Curator accounts without a password: they act here and cannot sign in anywhere.</summary>
    private static async Task<IReadOnlyList<CurationActor>> EnsureCuratorsAsync(IServiceProvider services, int count)
    {
        using var scope = services.CreateScope();
        await CurationRegistration.EnsureRolesAsync(scope.ServiceProvider);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var actors = new List<CurationActor>();
        for (var i = 1; i <= count; i++)
        {
            var name = $"soak-curator-{i}@example.invalid";
            var user = await users.FindByNameAsync(name);
            if (user is null)
            {
                user = new CatalogueUser { UserName = name, Email = name, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
                Check(await users.CreateAsync(user));
                Check(await users.AddToRoleAsync(user, CatalogueRoles.Curator));
            }

            actors.Add(CurationActor.Create(user.Id, name, CatalogueRoles.Curator) with { SecurityStamp = await users.GetSecurityStampAsync(user) });
        }

        return actors;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>One curator save: when, which entry, the word it added, how long it took and what came of it.</summary>
public sealed record SoakOutcome(DateTime At, int Curator, int EntryId, string Token, long Milliseconds, string Outcome, string? Message)
{
    public const string Saved = "saved";
    public const string Conflict = "conflict";
    public const string Paused = "paused";
    public const string Error = "error";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
