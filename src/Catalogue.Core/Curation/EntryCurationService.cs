using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>What the edit form loads: the fields, the status and the version token the save must match.</summary>
public sealed record EntryForEdit(int Id, EntryStatus Status, uint Version, bool IsSuggested, string? SuggestedByEmail,
    string? CreatedBy, DateTime UpdatedAt, EntryEditModel Model);

/// <summary>
/// The result of a save or a workflow step: done, with the new version; or refused because the entry changed since the
/// actor saw it, listing what changed and carrying the entry as it is now (<see cref="Current"/> at <see cref="Version"/>).
/// </summary>
public sealed record SaveResult(bool Saved, int EntryId, uint Version, EntryStatus Status, IReadOnlyList<FieldChange> ConflictingChanges)
{
    public EntryEditModel? Current { get; init; }

    public static SaveResult Success(Entry entry) => new(true, entry.Id, entry.Version, entry.Status, []);

    /// <summary>What changed between the version the actor saw (<paramref name="seen"/>) and <paramref name="current"/>.</summary>
    public static SaveResult Conflict(Entry current, EntryEditModel seen)
    {
        var now = EntryEditModel.From(current);
        return new(false, current.Id, current.Version, current.Status, EntryEditModel.Diff(seen, now)) { Current = now };
    }
}

public sealed record DuplicateCandidate(int Id, string Title, string Slug, string Status, double Similarity);

/// <summary>
/// Creating, editing, reviewing, publishing, archiving and deleting entries. Every action takes the acting user and
/// checks what that user may do here, so a hidden button is never the only guard. All writes run in a transaction.
/// </summary>
public sealed partial class EntryCurationService(IDbContextFactory<CatalogueDbContext> factory)
{
    /// <summary>Above this pg_trgm similarity a title is reported as a possible duplicate.</summary>
    public const double DuplicateThreshold = 0.45;

    public async Task<EntryForEdit> GetForEditAsync(CurationActor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        var entry = await LoadFullAsync(db, id, tracking: false, cancellationToken);
        EnsureCanView(actor, entry);
        return ToEdit(entry);
    }

    /// <summary>
    /// Entries whose titles are close to <paramref name="title"/>. A contributor is warned about published entries and
    /// their own; other people's drafts and entries in review stay hidden from them, as everywhere else.
    /// </summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> FindSimilarTitlesAsync(CurationActor actor, string title, int? exceptId,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length < 4)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        if (!actor.CanContribute)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.AdminArea"));
        }

        var except = exceptId ?? 0;
        var trimmed = title.Trim();
        var seesAll = actor.CanCurate;
        var published = nameof(EntryStatus.Published);
        return await db.Database.SqlQuery<DuplicateCandidate>($"""
            SELECT id AS "Id", title AS "Title", slug AS "Slug", status AS "Status", similarity(title, {trimmed})::float8 AS "Similarity"
            FROM entries
            WHERE title % {trimmed} AND id <> {except} AND similarity(title, {trimmed}) >= {DuplicateThreshold}
              AND ({seesAll} OR status = {published} OR created_by = {actor.UserId})
            ORDER BY similarity(title, {trimmed}) DESC, id
            LIMIT 5
            """).ToListAsync(cancellationToken);
    }

    public async Task<int> CreateAsync(CurationActor actor, EntryEditModel model, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        if (!actor.CanContribute)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.CreateForbidden"));
        }

        var now = DateTime.UtcNow;
        var entry = new Entry { Status = EntryStatus.Draft, CreatedAt = now, CreatedBy = actor.UserId, UpdatedAt = now, UpdatedBy = actor.UserId };
        if (string.IsNullOrWhiteSpace(model.Slug))
        {
            model.Slug = await UniqueSlugAsync(db, SlugText.From(model.Title), null, cancellationToken);
        }

        await ApplyAsync(db, entry, model, actor, cancellationToken);
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        AddRevision(db, entry, actor, "created", [], EntryEditModel.From(entry), 1);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry.Id;
    }

    /// <summary>
    /// Saves every field. <paramref name="original"/> is the model as the editor loaded it at <paramref name="version"/>:
    /// when the entry changed since, nothing is written and the result lists what the other person changed.
    /// </summary>
    public async Task<SaveResult> UpdateAsync(CurationActor actor, int id, EntryEditModel model, EntryEditModel original, uint version,
        CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        var entry = await LoadFullAsync(db, id, tracking: true, cancellationToken);
        EnsureCanEdit(actor, entry);
        var before = EntryEditModel.From(entry);
        if (entry.Version != version)
        {
            return SaveResult.Conflict(entry, original);
        }

        var oldSlug = entry.Slug;
        await ApplyAsync(db, entry, model, actor, cancellationToken);
        if (entry.Status == EntryStatus.Published && !HasSource(entry))
        {
            throw new CurationValidationException(new Dictionary<string, string> { [nameof(EntryEditModel.SourceUrl)] = EntryRules.SourceRequired });
        }

        await KeepOldSlugAsync(db, entry, oldSlug, cancellationToken);
        var action = "updated";
        if (!actor.CanCurate && entry.Status == EntryStatus.Published)
        {
            // A contributor's change to a published entry is reviewed again before the public sees it.
            entry.Status = EntryStatus.InReview;
            action = "updated (back to review)";
        }

        var after = EntryEditModel.From(entry);
        var changes = EntryEditModel.Diff(before, after);
        if (changes.Count == 0 && action == "updated")
        {
            return SaveResult.Success(entry);
        }

        entry.UpdatedAt = DateTime.UtcNow;
        entry.UpdatedBy = actor.UserId;
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        AddRevision(db, entry, actor, action, changes, after, await NextRevisionAsync(db, id, cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report their change instead of overwriting it.
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAfterRaceAsync(id, original, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Success(entry);
    }

    /// <summary>
    /// Moves the entry to <paramref name="target"/>, but only as the actor saw it: <paramref name="seen"/> is the entry as
    /// shown at <paramref name="version"/>. When it changed since (another edit, another step), nothing happens and the
    /// result lists the changes, so nobody publishes (or submits, or archives) text they never saw.
    /// </summary>
    public async Task<SaveResult> TransitionAsync(CurationActor actor, int id, EntryStatus target, uint version, EntryEditModel seen,
        CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        var entry = await LoadFullAsync(db, id, tracking: true, cancellationToken);
        EnsureCanView(actor, entry);
        if (entry.Version != version)
        {
            return SaveResult.Conflict(entry, seen);
        }

        if (!CurationWorkflow.IsAllowed(actor, entry, target))
        {
            throw new CurationForbiddenException(CurationWorkflow.Explain(actor, entry, target));
        }

        if (target == EntryStatus.Published && !HasSource(entry))
        {
            throw new CurationValidationException(new Dictionary<string, string> { [nameof(EntryEditModel.SourceUrl)] = EntryRules.SourceRequired });
        }

        var from = entry.Status;
        EntryRules.SetStatus(entry, target, DateTime.UtcNow);
        entry.UpdatedAt = DateTime.UtcNow;
        entry.UpdatedBy = actor.UserId;

        AddRevision(db, entry, actor, CurationWorkflow.ActionName(target), [new FieldChange("Status", from.ToString(), target.ToString())],
            EntryEditModel.From(entry), await NextRevisionAsync(db, id, cancellationToken));
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAfterRaceAsync(id, seen, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Success(entry);
    }

    /// <summary>Administrator only; the caller must repeat the entry's slug as confirmation. The history stays, the deletion is audited.</summary>
    public async Task HardDeleteAsync(CurationActor actor, int id, string confirmation, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        if (!actor.IsAdministrator)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.DeleteForbidden"));
        }

        var entry = await LoadFullAsync(db, id, tracking: true, cancellationToken);
        if (!string.Equals(confirmation?.Trim(), entry.Slug, StringComparison.Ordinal))
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Confirmation"] = CoreText.Format("Curation.DeleteConfirm", entry.Slug) });
        }

        AddRevision(db, entry, actor, "deleted", [], EntryEditModel.From(entry), await NextRevisionAsync(db, id, cancellationToken));
        db.AuditEvents.Add(AuditLog.Create(AuditLog.EntryHardDeleted, actor.UserId, actor.UserName, ipAddress, $"Entry {entry.Id} \"{entry.Title}\" ({entry.Slug})"));
        db.Entries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The entry as loaded by <see cref="LoadFullAsync"/> (its links included) or as just edited.</summary>
    private static bool HasSource(Entry entry) =>
        EntryRules.HasSource(entry.SourceUrl, entry.DocumentUrl, entry.Relations.Any(r => r.Type == RelationType.DescribedIn));

    private async Task<SaveResult> ConflictAfterRaceAsync(int id, EntryEditModel original, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return SaveResult.Conflict(await LoadFullAsync(db, id, tracking: false, cancellationToken), original);
    }

    internal static void EnsureCanView(CurationActor actor, Entry entry)
    {
        if (actor.CanCurate || (actor.CanContribute && entry.CreatedBy == actor.UserId))
        {
            return;
        }

        throw new CurationForbiddenException(CoreText.Format("Curation.OpenOwn"));
    }

    internal static void EnsureCanEdit(CurationActor actor, Entry entry)
    {
        if (actor.CanCurate)
        {
            return;
        }

        if (!actor.CanContribute || entry.CreatedBy != actor.UserId)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.EditOwn"));
        }

        if (entry.Status == EntryStatus.Archived)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.ArchivedEdit"));
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
        return entry ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoEntry", id));
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
