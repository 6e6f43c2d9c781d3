using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>An entry that can be linked to, as the link picker lists it.</summary>
public sealed record LinkTarget(int Id, string Slug, string Title, EntryKind Kind, EntryStatus Status);

/// <summary>One typed link as the admin shows it, from either side; <see cref="Outgoing"/> is false for a link another entry holds.</summary>
public sealed record LinkView(RelationType Type, bool Outgoing, int EntryId, string Slug, string Title, EntryStatus Status, string? Note)
{
    public string Label => RelationLabels.Localized(Type, Outgoing);
}

public sealed partial class EntryCurationService
{
    /// <summary>
    /// Entries whose title (or slug) contains <paramref name="text"/>, for the link picker: a contributor sees published entries
    /// and their own, as everywhere else in the admin area.
    /// </summary>
    public async Task<IReadOnlyList<LinkTarget>> SearchLinkTargetsAsync(CurationActor actor, string? text, int? exceptId,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        if (!actor.CanContribute)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.AdminArea"));
        }

        var pattern = "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var except = exceptId ?? 0;
        var seesAll = actor.CanCurate;
        return await db.Entries.AsNoTracking()
            .Where(e => e.Id != except && (EF.Functions.ILike(e.Title, pattern) || EF.Functions.ILike(e.Slug, pattern)))
            .Where(e => seesAll || e.Status == EntryStatus.Published || e.CreatedBy == actor.UserId)
            .OrderBy(e => e.Title.Length).ThenBy(e => e.Title)
            .Take(10)
            .Select(e => new LinkTarget(e.Id, e.Slug, e.Title, e.Kind, e.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The entry's links in both directions, with titles; links held by entries the actor may not open are left out.</summary>
    public async Task<IReadOnlyList<LinkView>> GetLinksAsync(CurationActor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoEntry", id));
        EnsureCanView(actor, entry);
        var seesAll = actor.CanCurate;
        var outgoing = await db.EntryRelations.AsNoTracking().Where(r => r.FromEntryId == id)
            .Select(r => new LinkView(r.Type, true, r.ToEntryId, r.ToEntry.Slug, r.ToEntry.Title, r.ToEntry.Status, r.Note))
            .ToListAsync(cancellationToken);
        var incoming = await db.EntryRelations.AsNoTracking()
            .Where(r => r.ToEntryId == id && (seesAll || r.FromEntry.Status == EntryStatus.Published || r.FromEntry.CreatedBy == actor.UserId))
            .Select(r => new LinkView(r.Type, false, r.FromEntryId, r.FromEntry.Slug, r.FromEntry.Title, r.FromEntry.Status, r.Note))
            .ToListAsync(cancellationToken);
        return outgoing.Concat(incoming).OrderBy(l => l.Type).ThenBy(l => !l.Outgoing).ThenBy(l => l.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
