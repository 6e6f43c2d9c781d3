using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

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
}
