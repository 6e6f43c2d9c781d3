using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

public sealed record AdminEntryQuery
{
    public string? Text { get; init; }
    public EntryStatus? Status { get; init; }
    public EntryKind? Kind { get; init; }
    public string? SdgTarget { get; init; }
    public string? UpdatedBy { get; init; }
    /// <summary>Only InReview entries and suggested drafts: the review queue.</summary>
    public bool ReviewQueue { get; init; }
    public string SortBy { get; init; } = "updated";
    public bool Descending { get; init; } = true;
    public int Skip { get; init; }
    public int Take { get; init; } = 25;
}

public sealed record AdminEntryRow(int Id, string Title, string Slug, EntryKind Kind, EntryStatus Status, bool IsSuggested,
    DateTime UpdatedAt, string? UpdatedBy);

public sealed record AdminEntryPage(IReadOnlyList<AdminEntryRow> Rows, int Total);

public sealed record DashboardCounts(int Draft, int InReview, int Published, int Archived, int Suggested, int ReviewQueue);

/// <summary>Reads of the admin area. Curators see every entry in any status; contributors see the entries they created.</summary>
public sealed class EntryAdminQueries(IDbContextFactory<CatalogueDbContext> factory)
{
    public async Task<AdminEntryPage> ListAsync(CurationActor actor, AdminEntryQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await CurrentContributorAsync(db, actor, cancellationToken);
        var entries = Visible(db, actor);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = "%" + query.Text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            entries = entries.Where(e => EF.Functions.ILike(e.Title, pattern) || EF.Functions.ILike(e.Slug, pattern));
        }

        if (query.Status is { } status)
        {
            entries = entries.Where(e => e.Status == status);
        }

        if (query.ReviewQueue)
        {
            entries = entries.Where(e => e.Status == EntryStatus.InReview || (e.Status == EntryStatus.Draft && e.IsSuggested));
        }

        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.SdgTarget))
        {
            entries = entries.Where(e => e.SdgTargets.Any(t => t.Code == query.SdgTarget));
        }

        if (!string.IsNullOrWhiteSpace(query.UpdatedBy))
        {
            entries = entries.Where(e => e.UpdatedBy == query.UpdatedBy);
        }

        var total = await entries.CountAsync(cancellationToken);
        entries = (query.SortBy, query.Descending) switch
        {
            ("title", false) => entries.OrderBy(e => e.Title).ThenBy(e => e.Id),
            ("title", true) => entries.OrderByDescending(e => e.Title).ThenBy(e => e.Id),
            ("status", false) => entries.OrderBy(e => e.Status).ThenBy(e => e.Id),
            ("status", true) => entries.OrderByDescending(e => e.Status).ThenBy(e => e.Id),
            ("kind", false) => entries.OrderBy(e => e.Kind).ThenBy(e => e.Id),
            ("kind", true) => entries.OrderByDescending(e => e.Kind).ThenBy(e => e.Id),
            (_, false) => entries.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id),
            _ => entries.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id),
        };
        var rows = await entries.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 200))
            .Select(e => new AdminEntryRow(e.Id, e.Title, e.Slug, e.Kind, e.Status, e.IsSuggested, e.UpdatedAt, e.UpdatedBy))
            .ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.UpdatedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        return new AdminEntryPage(rows.Select(r => r with { UpdatedBy = r.UpdatedBy is { } id && names.TryGetValue(id, out var n) ? n : r.UpdatedBy }).ToList(), total);
    }

    public async Task<DashboardCounts> CountAsync(CurationActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await CurrentContributorAsync(db, actor, cancellationToken);
        var byStatus = await Visible(db, actor).GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var suggested = await Visible(db, actor).CountAsync(e => e.IsSuggested && e.Status == EntryStatus.Draft, cancellationToken);
        int Of(EntryStatus s) => byStatus.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        return new DashboardCounts(Of(EntryStatus.Draft), Of(EntryStatus.InReview), Of(EntryStatus.Published), Of(EntryStatus.Archived), suggested,
            Of(EntryStatus.InReview) + suggested);
    }

    /// <summary>
    /// The people who last updated an entry this user can see, for the "updated by" filter: a contributor is not shown
    /// every account of the catalogue, only who worked on their own entries.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> EditorsAsync(CurationActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await CurrentContributorAsync(db, actor, cancellationToken);
        var editorIds = Visible(db, actor).Where(e => e.UpdatedBy != null).Select(e => e.UpdatedBy);
        var users = await db.Users.AsNoTracking().Where(u => editorIds.Contains(u.Id)).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
        return users.Select(u => (u.Id, u.UserName ?? u.Id)).ToList();
    }

    private static async Task<CurationActor> CurrentContributorAsync(CatalogueDbContext db, CurationActor actor, CancellationToken cancellationToken)
    {
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        return actor.CanContribute
            ? actor
            : throw new CurationForbiddenException(CoreText.Format("Curation.AdminArea"));
    }

    private static IQueryable<Entry> Visible(CatalogueDbContext db, CurationActor actor) =>
        actor.CanCurate ? db.Entries.AsNoTracking() : db.Entries.AsNoTracking().Where(e => e.CreatedBy == actor.UserId);
}
