using System.Text.Json;
using Catalogue.Core.Data;
using Catalogue.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tools.Commands.Soak;

/// <summary>
/// After a soak or a drill: every acknowledged save is in the entry, in its history and in every instance's index
/// (searched by its word through the public API); no refused save left its word anywhere.
/// </summary>
public static class SoakVerification
{
    private const int IndexAttempts = 30;

    public static async Task<int> RunAsync(IServiceProvider services, string path, IReadOnlyList<string> instances,
        CancellationToken cancellationToken)
    {
        var outcomes = SoakOutcomeWriter.Read(path);
        var saved = outcomes.Where(o => o.Outcome == SoakOutcome.Saved).ToList();
        var refused = outcomes.Where(o => o.Outcome != SoakOutcome.Saved).ToList();
        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        var missingInEntry = 0;
        var missingInHistory = 0;
        foreach (var save in saved)
        {
            var pattern = $"%{save.Token}%";
            if (!await db.Entries.AnyAsync(e => e.Id == save.EntryId && EF.Functions.Like(e.Summary, pattern), cancellationToken))
            {
                missingInEntry++;
            }

            if (!await InHistoryAsync(db, save, cancellationToken))
            {
                missingInHistory++;
            }
        }

        var halfWritten = 0;
        foreach (var refusal in refused)
        {
            var pattern = $"%{refusal.Token}%";
            if (await db.Entries.AnyAsync(e => EF.Functions.Like(e.Summary, pattern), cancellationToken)
                || await InHistoryAsync(db, refusal, cancellationToken))
            {
                halfWritten++;
            }
        }

        var missingInIndex = new Dictionary<string, int>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var instance in instances)
        {
            var missing = saved;
            // An instance applies what another wrote within its poll interval; under load give it a while.
            for (var attempt = 0; attempt < IndexAttempts && missing.Count > 0; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                }

                var still = new List<SoakOutcome>();
                foreach (var save in missing)
                {
                    if (!await FoundAsync(http, instance, save, cancellationToken))
                    {
                        still.Add(save);
                    }
                }

                missing = still;
            }

            missingInIndex[instance] = missing.Count;
            foreach (var save in missing.Take(5))
            {
                Console.WriteLine($"Not in the index of {instance} after {IndexAttempts} s: entry {save.EntryId}, word {save.Token}, saved at {save.At:O}");
            }
        }

        Console.WriteLine($"| saves acknowledged | refused (paused/conflict/error) | missing in entry | missing in history | refused but written | " +
                          string.Join(" | ", instances.Select(i => $"missing in index of {i}")) + " |");
        Console.WriteLine("|---:|---:|---:|---:|---:|" + string.Concat(instances.Select(_ => "---:|")));
        Console.WriteLine($"| {saved.Count} | {refused.Count} ({Count(refused, SoakOutcome.Paused)}/{Count(refused, SoakOutcome.Conflict)}/{Count(refused, SoakOutcome.Error)}) " +
                          $"| {missingInEntry} | {missingInHistory} | {halfWritten} | " + string.Join(" | ", instances.Select(i => missingInIndex[i])) + " |");
        var lost = missingInEntry + missingInHistory + halfWritten + missingInIndex.Values.Sum();
        Console.WriteLine(lost == 0 ? "Nothing lost: every acknowledged save is in the database, its history and every index." : $"{lost} problems found.");
        return lost == 0 ? 0 : 1;
    }

    private static async Task<bool> InHistoryAsync(CatalogueDbContext db, SoakOutcome save, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM entry_revisions WHERE entry_id = {save.EntryId} AND snapshot_json::text LIKE {"%" + save.Token + "%"}) AS "Value"
            """).SingleAsync(cancellationToken);

    private static int Count(IEnumerable<SoakOutcome> outcomes, string kind) => outcomes.Count(o => o.Outcome == kind);

    private static async Task<bool> FoundAsync(HttpClient http, string instance, SoakOutcome save, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{instance.TrimEnd('/')}/api/v1/entries?q={save.Token}&pageSize=5", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("total").GetInt32() == 1;
    }
}
