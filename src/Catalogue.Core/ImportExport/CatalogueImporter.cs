using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// Imports entries from JSON, CSV or a pasted knowledge-platform page: parse, then a dry run (what would be
/// created, updated, unchanged, rejected) or a commit. Everything happens in one transaction: a file with any
/// rejection changes nothing. Entries are matched by external id, else by slug; an entry whose canonical form
/// equals the stored one is not written, so re-importing a file is a no-op. Used by the <c>import</c> command,
/// the sample catalogue and the admin upload page.
/// </summary>
public sealed partial class CatalogueImporter(IDbContextFactory<CatalogueDbContext> factory, ImportOptions? options = null, ILogger<CatalogueImporter>? logger = null)
{
    private const long AdvisoryLockKey = 0x4D45_4341_5449_4D50; // one import at a time

    private readonly ImportOptions _options = options ?? new ImportOptions();
    private readonly ILogger _logger = logger ?? NullLogger<CatalogueImporter>.Instance;

    public ImportOptions Options => _options;

    /// <summary>Reads the file; a file that cannot be read at all comes back as one rejection, never as an exception.</summary>
    public async Task<ParsedImport> ParseAsync(Stream stream, ImportFormat format, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await ImportFileReader.ReadBytesAsync(stream, _options.MaxFileBytes, cancellationToken);
            var text = ImportFileReader.DecodeUtf8(bytes);
            var (records, rejections) = format switch
            {
                ImportFormat.Json => CatalogueJson.Read(bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? bytes[3..] : bytes),
                ImportFormat.Csv => CatalogueCsv.Read(text),
                _ => KnowledgePageParser.Read(text),
            };
            if (records.Count == 0 && rejections.Count == 0)
            {
                rejections.Add(new ImportRejection(0, null, ImportRejection.FileField, CoreText.Format("Import.NoEntries")));
            }

            return new ParsedImport(format, records, rejections);
        }
        catch (ImportFileException ex)
        {
            return new ParsedImport(format, [], [new ImportRejection(ex.Line, null, ImportRejection.FileField, ex.Message)]);
        }
    }

    public async Task<ImportReport> ImportAsync(Stream stream, ImportFormat format, string actor, bool dryRun,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var parsed = await ParseAsync(stream, format, cancellationToken);
        return dryRun
            ? await DryRunAsync(parsed, progress, cancellationToken)
            : await CommitAsync(parsed, actor, progress, cancellationToken);
    }

    /// <summary>Checks everything against the database and reports what a commit would do; stores nothing.</summary>
    public Task<ImportReport> DryRunAsync(ParsedImport parsed, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(parsed, "dry-run", commit: false, null, progress, cancellationToken);

    /// <summary>Stores the file's entries in one transaction, or nothing at all when any entry is rejected.</summary>
    public Task<ImportReport> CommitAsync(ParsedImport parsed, string actor, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(parsed, actor, commit: true, null, progress, cancellationToken);

    /// <summary>
    /// As <see cref="CommitAsync(ParsedImport, string, IProgress{ImportProgress}?, CancellationToken)"/>, running
    /// <paramref name="beforeCommit"/> in the same transaction once every entry is stored (the admin page records history
    /// there); when it throws, nothing is stored.
    /// </summary>
    public Task<ImportReport> CommitAsync(ParsedImport parsed, string actor, ImportCommitHook beforeCommit, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken) =>
        RunAsync(parsed, actor, commit: true, beforeCommit, progress, cancellationToken);

    /// <summary>
    /// As the commit with a hook; unless <paramref name="importLikelyCopies"/> ("import them anyway"), an entry the dry run
    /// flags as a likely copy of a stored one is a rejection, so nothing is stored.
    /// </summary>
    public Task<ImportReport> CommitAsync(ParsedImport parsed, string actor, ImportCommitHook beforeCommit, bool importLikelyCopies,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(parsed, actor, commit: true, beforeCommit, progress, cancellationToken, refuseLikelyCopies: !importLikelyCopies);

    private async Task<ImportReport> RunAsync(ParsedImport parsed, string actor, bool commit, ImportCommitHook? beforeCommit,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken, bool refuseLikelyCopies = false)
    {
        var rejections = parsed.Rejections.ToList();
        if (parsed.Records.Count == 0)
        {
            return new ImportReport { Format = parsed.Format, DryRun = !commit, Rejections = rejections };
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        var values = await ValueResolver.LoadAsync(db, cancellationToken);
        var resolved = Resolve(parsed.Records, new EntryResolver(values), rejections, progress);
        CheckFieldLimits(db, resolved, rejections);
        await CheckRelatedAsync(db, resolved, rejections, cancellationToken);
        var terms = await TermCache.LoadAsync(db, resolved, cancellationToken);

        var outcomes = new List<ImportedEntry>();
        var changed = new List<ResolvedEntry>();
        var now = DateTime.UtcNow;
        var done = 0;
        foreach (var batch in resolved.Chunk(_options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slugs = batch.Select(r => r.Slug).ToList();
            var externalIds = batch.Where(r => r.ExternalId != null).Select(r => r.ExternalId!).ToList();
            var existing = await db.Entries.IncludeEverything()
                .Where(e => slugs.Contains(e.Slug) || (e.ExternalId != null && externalIds.Contains(e.ExternalId)))
                .ToListAsync(cancellationToken);
            var writer = new EntryWriter(db, terms);
            var fresh = batch.Where(r => !existing.Any(e => e.Slug == r.Slug || (r.ExternalId != null && e.ExternalId == r.ExternalId))).ToList();
            var copies = await LikelyCopies.FindAsync(db, fresh, cancellationToken);
            foreach (var entry in batch)
            {
                if (!TryMatch(entry, existing, rejections, out var stored))
                {
                    continue;
                }

                var copy = stored is null && fresh.IndexOf(entry) is var position and >= 0 ? copies.GetValueOrDefault(position) : null;
                if (copy is not null && refuseLikelyCopies)
                {
                    rejections.Add(new ImportRejection(entry.Line, entry.Slug, "title",
                        CoreText.Format("Copy.Refused", copy.Slug, copy.Reason)));
                }

                var incomingRecord = CanonicalForm.FromResolved(entry, terms.StoredName);
                var storedRecord = stored is null ? null : CanonicalForm.FromEntry(stored);
                if (storedRecord is not null && CatalogueJson.Serialize(incomingRecord) == CatalogueJson.Serialize(storedRecord))
                {
                    outcomes.Add(new ImportedEntry(entry.Line, entry.Slug, ImportOutcome.Unchanged));
                    continue;
                }

                var changes = storedRecord is null ? [] : CanonicalForm.Diff(storedRecord, incomingRecord);

                if (stored is null)
                {
                    stored = new Entry { CreatedAt = now, CreatedBy = actor };
                    db.Entries.Add(stored);
                }

                writer.Apply(stored, entry, actor, now);
                outcomes.Add(new ImportedEntry(entry.Line, entry.Slug, stored.Id == 0 ? ImportOutcome.Created : ImportOutcome.Updated)
                {
                    Changes = changes,
                    LikelyCopyOf = copy,
                });
                changed.Add(entry);
            }

            if (rejections.Count == 0)
            {
                await SaveAsync(db, rejections, batch[0].Line, cancellationToken);
            }

            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(new ImportProgress("Saving", done, resolved.Count));
        }

        if (rejections.Count == 0)
        {
            await LinkRelatedAsync(db, changed, progress, cancellationToken);
            if (commit && beforeCommit is not null)
            {
                await beforeCommit(db, outcomes.Where(o => o.Outcome != ImportOutcome.Unchanged).ToList(), cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        var report = new ImportReport
        {
            Format = parsed.Format,
            DryRun = !commit,
            Committed = commit && rejections.Count == 0,
            Entries = outcomes,
            Rejections = rejections,
            NewTerms = terms.NewTermCounts(),
        };
        if (report.Committed)
        {
            await transaction.CommitAsync(cancellationToken);
            _logger.LogInformation("Import by {Actor}: created {Created}, updated {Updated}, unchanged {Unchanged}",
                actor, report.Created, report.Updated, report.Unchanged);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        return report;
    }
}
