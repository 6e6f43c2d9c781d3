using Catalogue.Core.Data;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalogue.Core.Curation;

/// <summary>
/// Bulk import from the admin area: the same <see cref="CatalogueImporter"/> as the <c>import</c> command (same formats,
/// size limit and all-or-nothing rule), open to curators and administrators only, checked here for every step. A
/// committed import records an "imported" revision for every created or updated entry, in the import's transaction.
/// </summary>
public sealed class CurationImportService(CatalogueImporter importer, IDbContextFactory<CatalogueDbContext> factory, ILogger<CurationImportService> logger)
{
    public const string ImportedAction = "imported";

    public long MaxFileBytes => importer.Options.MaxFileBytes;

    public async Task<ParsedImport> ReadAsync(CurationActor actor, Stream stream, ImportFormat format, CancellationToken cancellationToken = default)
    {
        actor = await CurrentImporterAsync(actor, cancellationToken);
        return await importer.ParseAsync(stream, format, cancellationToken);
    }

    public async Task<ImportReport> DryRunAsync(CurationActor actor, ParsedImport parsed, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        actor = await CurrentImporterAsync(actor, cancellationToken);
        return await importer.DryRunAsync(parsed, progress, cancellationToken);
    }

    /// <param name="importLikelyCopies">The curator chose "import them anyway" for the entries the dry run flagged as likely copies.</param>
    public async Task<ImportReport> CommitAsync(CurationActor actor, ParsedImport parsed, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, bool importLikelyCopies = false)
    {
        actor = await CurrentImporterAsync(actor, cancellationToken);
        var report = await importer.CommitAsync(parsed, actor.UserId, ImportHistory.Record(actor.UserName, ImportedAction), importLikelyCopies,
            progress, cancellationToken);
        logger.LogInformation("Import page: {User} imported a {Format} file, committed {Committed}, created {Created}, updated {Updated}, rejected {Rejected}",
            actor.UserName, report.Format, report.Committed, report.Created, report.Updated, report.Rejected);
        return report;
    }

    /// <summary>The ids of entries by slug, so the result can link to their edit pages.</summary>
    public async Task<IReadOnlyDictionary<string, int>> EntryIdsAsync(CurationActor actor, IReadOnlyCollection<string> slugs,
        CancellationToken cancellationToken = default)
    {
        actor = await CurrentImporterAsync(actor, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Entries.AsNoTracking().Where(e => slugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, e => e.Id, cancellationToken);
    }

    private async Task<CurationActor> CurrentImporterAsync(CurationActor actor, CancellationToken cancellationToken)
    {
        actor = await AccountState.CurrentAsync(factory, actor, cancellationToken);
        return actor.CanCurate ? actor : throw new CurationForbiddenException(CoreText.Format("Curation.ImportForbidden"));
    }
}
