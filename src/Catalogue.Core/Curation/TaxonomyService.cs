using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Every table and column name in the SQL below comes from the fixed map in For(), never from input; values are parameters.
#pragma warning disable EF1002

namespace Catalogue.Core.Curation;

public enum TaxonomyKind
{
    Keyword,
    Tag,
    Organisation,
    Audience,
    BeneficiaryGroup,
}

public sealed record TermUsage(int Id, string Name, int EntryCount);

/// <summary>
/// Care of the curated vocabularies (administrators only): usage counts, rename, merge, delete when unused.
/// The official SDG and GCM texts are reference data and are not editable here.
/// </summary>
public sealed class TaxonomyService(IDbContextFactory<CatalogueDbContext> factory)
{
    private sealed record Tables(string Terms, string Links, string TermColumn, string Field);

    private static Tables For(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Keyword => new("keywords", "entry_keywords", "keyword_id", nameof(EntryEditModel.Keywords)),
        TaxonomyKind.Tag => new("tags", "entry_tags", "tag_id", nameof(EntryEditModel.Tags)),
        TaxonomyKind.Organisation => new("organisations", "entry_organisations", "organisation_id", nameof(EntryEditModel.Organisations)),
        TaxonomyKind.Audience => new("audiences", "entry_audiences", "audience_id", nameof(EntryEditModel.Audiences)),
        TaxonomyKind.BeneficiaryGroup => new("beneficiary_groups", "entry_beneficiary_groups", "beneficiary_group_id", nameof(EntryEditModel.BeneficiaryGroups)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public async Task<IReadOnlyList<TermUsage>> ListAsync(CurationActor actor, TaxonomyKind kind, string? search, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        var t = For(kind);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pattern = "%" + (search ?? "").Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        return await db.Database.SqlQueryRaw<TermUsage>(
            $"""
             SELECT t.id AS "Id", t.name AS "Name", (SELECT count(DISTINCT l.entry_id)::int FROM {t.Links} l WHERE l.{t.TermColumn} = t.id) AS "EntryCount"
             FROM {t.Terms} t WHERE t.name ILIKE @pattern ORDER BY t.name LIMIT 500
             """, new NpgsqlParameter("pattern", pattern)).ToListAsync(cancellationToken);
    }

    public async Task RenameAsync(CurationActor actor, TaxonomyKind kind, int id, string newName, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        var name = string.Join(' ', (newName ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length is 0 or > CuratedTerm.NameMaxLength)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Name"] = CoreText.Format("Curation.TermName", CuratedTerm.NameMaxLength) });
        }

        var t = For(kind);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldName = await NameAsync(db, t, id, cancellationToken);
        var clash = await db.Database.SqlQueryRaw<int>($"SELECT id AS \"Value\" FROM {t.Terms} WHERE normalized_name = @n AND id <> @id",
            new NpgsqlParameter("n", CuratedTerm.Normalize(name)), new NpgsqlParameter("id", id)).ToListAsync(cancellationToken);
        if (clash.Count > 0)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Name"] = CoreText.Format("Curation.TermExists", name) });
        }

        await db.Database.ExecuteSqlRawAsync($"UPDATE {t.Terms} SET name = @name, normalized_name = @n WHERE id = @id",
            [new NpgsqlParameter("name", name), new NpgsqlParameter("n", CuratedTerm.Normalize(name)), new NpgsqlParameter("id", id)], cancellationToken);
        await RecordAsync(db, actor, t, [id], oldName, name, "renamed term", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Moves every use of <paramref name="sourceId"/> to <paramref name="targetId"/> and removes the source term.</summary>
    public async Task MergeAsync(CurationActor actor, TaxonomyKind kind, int sourceId, int targetId, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        if (sourceId == targetId)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Target"] = CoreText.Format("Curation.TermMergeSelf") });
        }

        var t = For(kind);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sourceName = await NameAsync(db, t, sourceId, cancellationToken);
        var targetName = await NameAsync(db, t, targetId, cancellationToken);
        var affected = await EntriesUsingAsync(db, t, [sourceId], cancellationToken);
        var source = new NpgsqlParameter("source", sourceId);
        var target = new NpgsqlParameter("target", targetId);
        var otherColumns = kind == TaxonomyKind.Organisation ? ", role, position" : "";
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {t.Links} (entry_id, {t.TermColumn}{otherColumns}) SELECT entry_id, @target{otherColumns} FROM {t.Links} WHERE {t.TermColumn} = @source ON CONFLICT DO NOTHING",
            [source, target], cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {t.Links} WHERE {t.TermColumn} = @source", [new NpgsqlParameter("source", sourceId)], cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {t.Terms} WHERE id = @source", [new NpgsqlParameter("source", sourceId)], cancellationToken);
        await RecordAsync(db, actor, t, affected, sourceName, targetName, "merged term", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(CurationActor actor, TaxonomyKind kind, int id, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        var t = For(kind);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var name = await NameAsync(db, t, id, cancellationToken);
        if ((await EntriesUsingAsync(db, t, [id], cancellationToken)).Count > 0)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Name"] = CoreText.Format("Curation.TermInUse", name) });
        }

        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {t.Terms} WHERE id = @id", [new NpgsqlParameter("id", id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<CurationActor> CurrentAdministratorAsync(CurationActor actor, CancellationToken cancellationToken)
    {
        actor = await AccountState.CurrentAsync(factory, actor, cancellationToken);
        return actor.IsAdministrator ? actor : throw new CurationForbiddenException(CoreText.Format("Curation.TaxonomiesForbidden"));
    }

    private static async Task<string> NameAsync(CatalogueDbContext db, Tables t, int id, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<string>($"SELECT name AS \"Value\" FROM {t.Terms} WHERE id = @id", new NpgsqlParameter("id", id))
            .ToListAsync(cancellationToken)).FirstOrDefault()
        ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoTerm", id));

    private static async Task<List<int>> EntriesUsingAsync(CatalogueDbContext db, Tables t, int[] ids, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<int>($"SELECT DISTINCT entry_id AS \"Value\" FROM {t.Links} WHERE {t.TermColumn} = ANY(@ids) ORDER BY 1",
            new NpgsqlParameter("ids", ids)).ToListAsync(cancellationToken);

    /// <summary>Refreshes the search terms of the entries touched and adds a revision to each one's history.</summary>
    private static async Task RecordAsync(CatalogueDbContext db, CurationActor actor, Tables t, IReadOnlyList<int> entryIdsOrTerm,
        string oldName, string newName, string action, CancellationToken cancellationToken)
    {
        var entryIds = action == "renamed term" ? await EntriesUsingAsync(db, t, [entryIdsOrTerm[0]], cancellationToken) : entryIdsOrTerm.ToList();
        if (entryIds.Count == 0)
        {
            return;
        }

        var ids = entryIds.ToArray();
        await db.Database.ExecuteSqlRawAsync(SearchTermsSql.RefreshForEntries.Replace("{0}", "@ids"), [new NpgsqlParameter("ids", ids)], cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var entryId in ids)
        {
            var entry = await EntryCurationService.LoadFullAsync(db, entryId, tracking: false, cancellationToken);
            EntryCurationService.AddRevision(db, entry, actor, action, [new FieldChange(t.Field, oldName, newName)], EntryEditModel.From(entry),
                await EntryCurationService.NextRevisionAsync(db, entryId, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
