using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>Two entries that are probably the same thing, and why (<see cref="CopyReasons"/>: the same source address, titles so many percent alike…).</summary>
public sealed record DuplicatePair(int FirstId, string FirstTitle, string FirstSlug, string FirstStatus,
    int SecondId, string SecondTitle, string SecondSlug, string SecondStatus, double Similarity, string ReasonCode)
{
    /// <summary>The reason in the interface language.</summary>
    public string Reason => CopyReasons.Describe(ReasonCode, Similarity, pair: true);
}

public sealed partial class EntryCurationService
{
    public const string MergedAction = "merged";

    /// <summary>Above this title similarity two entries are listed on the "possible duplicates" page.</summary>
    public const double PairThreshold = 0.6;

    /// <summary>Pairs of entries that are probably the same: titles at least <see cref="PairThreshold"/> alike, or the same source or document address.</summary>
    public async Task<IReadOnlyList<DuplicatePair>> FindDuplicatePairsAsync(CurationActor actor, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        EnsureCurator(actor, CoreText.Format("Curation.DuplicatesForbidden"));
        return await db.Database.SqlQuery<DuplicatePair>($"""
            SELECT a.id AS "FirstId", a.title AS "FirstTitle", a.slug AS "FirstSlug", a.status AS "FirstStatus",
                   b.id AS "SecondId", b.title AS "SecondTitle", b.slug AS "SecondSlug", b.status AS "SecondStatus",
                   similarity(a.title, b.title)::float8 AS "Similarity",
                   CASE WHEN a.source_url IS NOT NULL AND a.source_url = b.source_url THEN 'source'
                        WHEN a.document_url IS NOT NULL AND a.document_url = b.document_url THEN 'document'
                        ELSE 'title' END AS "ReasonCode"
            FROM entries a
            JOIN entries b ON a.id < b.id
             AND ((a.title % b.title AND similarity(a.title, b.title) >= {PairThreshold})
                  OR (a.source_url IS NOT NULL AND a.source_url = b.source_url)
                  OR (a.document_url IS NOT NULL AND a.document_url = b.document_url))
            ORDER BY similarity(a.title, b.title) DESC, a.id, b.id
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Merges <paramref name="retiredId"/> into <paramref name="survivorId"/>: the survivor keeps its fields and history and gets a
    /// merge record; the retired entry's links move to the survivor (links between the two are dropped), its old addresses and
    /// its own slug answer with a permanent redirect to the survivor, and its history stays, ending with "merged into …".
    /// Curators and administrators only; both versions must be the ones the curator saw.
    /// </summary>
    public async Task MergeAsync(CurationActor actor, int survivorId, uint survivorVersion, int retiredId, uint retiredVersion,
        string? ipAddress = null, CancellationToken cancellationToken = default)
    {
        if (survivorId == retiredId)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Merge"] = CoreText.Format("Curation.MergeSelf") });
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        EnsureCurator(actor, CoreText.Format("Curation.MergeForbidden"));
        var survivor = await LoadFullAsync(db, survivorId, tracking: true, cancellationToken);
        var retired = await LoadFullAsync(db, retiredId, tracking: false, cancellationToken);
        if (survivor.Version != survivorVersion || retired.Version != retiredVersion)
        {
            throw new CurationValidationException(new Dictionary<string, string>
            {
                ["Merge"] = CoreText.Format("Curation.MergeChanged"),
            });
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO entry_relations (from_entry_id, to_entry_id, type, note)
            SELECT {survivorId}, to_entry_id, type, note FROM entry_relations WHERE from_entry_id = {retiredId} AND to_entry_id <> {survivorId}
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO entry_relations (from_entry_id, to_entry_id, type, note)
            SELECT from_entry_id, {survivorId}, type, note FROM entry_relations WHERE to_entry_id = {retiredId} AND from_entry_id <> {survivorId}
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM entry_relations WHERE from_entry_id = {retiredId} OR to_entry_id = {retiredId}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"UPDATE slug_redirects SET entry_id = {survivorId} WHERE entry_id = {retiredId}", cancellationToken);

        var retiredSnapshot = EntryEditModel.From(retired);
        AddRevision(db, retired, actor, "merged into another entry",
            [new FieldChange("Merged into", null, $"{survivor.Title} ({survivor.Slug})")], retiredSnapshot, await NextRevisionAsync(db, retiredId, cancellationToken));
        await db.Database.ExecuteSqlAsync($"DELETE FROM entries WHERE id = {retiredId}", cancellationToken);
        db.SlugRedirects.Add(new SlugRedirect { OldSlug = retired.Slug, EntryId = survivorId, CreatedAt = DateTime.UtcNow });

        survivor.UpdatedAt = DateTime.UtcNow;
        survivor.UpdatedBy = actor.UserId;
        db.Entry(survivor).Property(e => e.Version).OriginalValue = survivorVersion;
        // The snapshot shows the survivor with the links it took over.
        var merged = await LoadFullAsync(db, survivorId, tracking: false, cancellationToken);
        AddRevision(db, survivor, actor, MergedAction,
            [new FieldChange("Merged", $"{retired.Title} ({retired.Slug}, entry {retired.Id}, {retired.Status})", $"{survivor.Title} ({survivor.Slug})")],
            EntryEditModel.From(merged), await NextRevisionAsync(db, survivorId, cancellationToken));
        db.AuditEvents.Add(AuditLog.Create(AuditLog.EntriesMerged, actor.UserId, actor.UserName, ipAddress,
            $"Entry {retired.Id} ({retired.Slug}) merged into entry {survivor.Id} ({survivor.Slug})"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void EnsureCurator(CurationActor actor, string message)
    {
        if (!actor.CanCurate)
        {
            throw new CurationForbiddenException(message);
        }
    }
}
