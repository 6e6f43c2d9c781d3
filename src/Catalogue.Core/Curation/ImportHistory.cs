using Catalogue.Core.Data;
using Catalogue.Core.ImportExport;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>
/// The history an import writes, whoever runs it (the admin page, the <c>import</c> command): one revision per created or
/// updated entry — the fields that differ from its last recorded version, and a snapshot — in the import's transaction.
/// </summary>
public static class ImportHistory
{
    public const string CommandLineAction = "imported by the command line";

    /// <summary>A commit hook recording <paramref name="action"/> by <paramref name="changedBy"/> for every changed entry.</summary>
    public static ImportCommitHook Record(string changedBy, string action) =>
        (db, changed, cancellationToken) => RecordAsync(db, changedBy, action, changed, cancellationToken);

    private static async Task RecordAsync(CatalogueDbContext db, string changedBy, string action, IReadOnlyList<ImportedEntry> changed,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in changed.Chunk(250))
        {
            var slugs = chunk.Select(c => c.Slug).ToList();
            var entries = await db.Entries.IncludeEverything().AsNoTracking().Where(e => slugs.Contains(e.Slug)).ToListAsync(cancellationToken);
            var ids = entries.Select(e => e.Id).ToList();
            var latest = await db.EntryRevisions.AsNoTracking()
                .Where(r => ids.Contains(r.EntryId) && r.RevisionNumber == db.EntryRevisions.Where(x => x.EntryId == r.EntryId).Max(x => x.RevisionNumber))
                .Select(r => new { r.EntryId, r.RevisionNumber, r.SnapshotJson })
                .ToDictionaryAsync(r => r.EntryId, cancellationToken);
            foreach (var entry in entries)
            {
                var after = EntryEditModel.From(entry);
                var previous = latest.GetValueOrDefault(entry.Id);
                var changes = previous is null ? [] : EntryEditModel.Diff(EntryEditModel.FromJson(previous.SnapshotJson), after);
                EntryCurationService.AddRevision(db, entry, changedBy, action, changes, after, (previous?.RevisionNumber ?? 0) + 1);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
