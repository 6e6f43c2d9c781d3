using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>What the parts of the service share: who may view and edit, loading an entry whole, recording revisions.</summary>
public sealed partial class EntryCurationService
{
    internal static void EnsureCanView(CurationActor actor, Entry entry)
    {
        if (actor.CanCurate || (actor.CanContribute && entry.CreatedBy == actor.UserId))
        {
            return;
        }

        throw new CurationForbiddenException(Localization.CoreText.Format("Curation.OpenOwn"));
    }

    internal static void EnsureCanEdit(CurationActor actor, Entry entry)
    {
        if (actor.CanCurate)
        {
            return;
        }

        if (!actor.CanContribute || entry.CreatedBy != actor.UserId)
        {
            throw new CurationForbiddenException(Localization.CoreText.Format("Curation.EditOwn"));
        }

        if (entry.Status == EntryStatus.Archived)
        {
            throw new CurationForbiddenException(Localization.CoreText.Format("Curation.ArchivedEdit"));
        }
    }

    private static EntryForEdit ToEdit(Entry entry) => new(entry.Id, entry.Status, entry.Version, entry.IsSuggested, entry.SuggestedByEmail,
        entry.CreatedBy, entry.UpdatedAt, EntryEditModel.From(entry));

    internal static async Task<Entry> LoadFullAsync(CatalogueDbContext db, int id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Entries
            .Include(e => e.Languages).Include(e => e.Regions).Include(e => e.Countries)
            .Include(e => e.Audiences).Include(e => e.BeneficiaryGroups).Include(e => e.ActivityAreas)
            .Include(e => e.SdgTargets).Include(e => e.SdgIndicators).Include(e => e.GcmObjectives).Include(e => e.Themes)
            .Include(e => e.Keywords).Include(e => e.Tags).Include(e => e.Organisations).ThenInclude(o => o.Organisation)
            .Include(e => e.Relations).ThenInclude(r => r.ToEntry)
            .AsSplitQuery();
        var entry = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entry ?? throw new CurationNotFoundException(Localization.CoreText.Format("Curation.NoEntry", id));
    }

    internal static async Task<int> NextRevisionAsync(CatalogueDbContext db, int entryId, CancellationToken cancellationToken) =>
        (await db.EntryRevisions.Where(r => r.EntryId == entryId).MaxAsync(r => (int?)r.RevisionNumber, cancellationToken) ?? 0) + 1;

    internal static void AddRevision(CatalogueDbContext db, Entry entry, CurationActor? actor, string action, IReadOnlyList<FieldChange> changes,
        EntryEditModel snapshot, int number) =>
        AddRevision(db, entry, actor?.UserName ?? "public suggestion", action, changes, snapshot, number);

    internal static void AddRevision(CatalogueDbContext db, Entry entry, string changedBy, string action, IReadOnlyList<FieldChange> changes,
        EntryEditModel snapshot, int number) =>
        db.EntryRevisions.Add(new EntryRevision
        {
            EntryId = entry.Id,
            RevisionNumber = number,
            ChangedAt = DateTime.UtcNow,
            ChangedBy = changedBy,
            Action = action,
            ChangesJson = System.Text.Json.JsonSerializer.Serialize(changes, System.Text.Json.JsonSerializerOptions.Web),
            SnapshotJson = snapshot.ToJson(),
        });
}
