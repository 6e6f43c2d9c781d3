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
public sealed class CatalogueImporter(IDbContextFactory<CatalogueDbContext> factory, ImportOptions? options = null, ILogger<CatalogueImporter>? logger = null)
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
                rejections.Add(new ImportRejection(0, null, ImportRejection.FileField, "The file holds no entries: there is nothing to import."));
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

    private static List<ResolvedEntry> Resolve(IReadOnlyList<ImportRecord> records, EntryResolver resolver, List<ImportRejection> rejections,
        IProgress<ImportProgress>? progress)
    {
        var resolved = new List<ResolvedEntry>();
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        var externalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var (entry, problems) = resolver.Resolve(records[i]);
            rejections.AddRange(problems);
            if (entry is not null && !records[i].HasReadProblems)
            {
                if (!slugs.TryAdd(entry.Slug, entry.Line))
                {
                    rejections.Add(new ImportRejection(entry.Line, entry.Slug, "slug", $"the slug \"{entry.Slug}\" is used already by the entry on line {slugs[entry.Slug]}"));
                }
                else if (entry.ExternalId is not null && !externalIds.TryAdd(entry.ExternalId, entry.Line))
                {
                    rejections.Add(new ImportRejection(entry.Line, entry.Slug, "externalId", $"the external id \"{entry.ExternalId}\" is used already by the entry on line {externalIds[entry.ExternalId]}"));
                }
                else
                {
                    resolved.Add(entry);
                }
            }

            if (i % 500 == 0 || i == records.Count - 1)
            {
                progress?.Report(new ImportProgress("Checking", i + 1, records.Count));
            }
        }

        return resolved;
    }

    /// <summary>The admin form's field lengths (<see cref="Curation.EntryFieldLimits"/>, read from the database model) hold here too.</summary>
    private static void CheckFieldLimits(CatalogueDbContext db, List<ResolvedEntry> resolved, List<ImportRejection> rejections)
    {
        foreach (var entry in resolved.ToList())
        {
            var errors = new Dictionary<string, string>();
            Curation.EntryFieldLimits.Check(new Curation.EntryEditModel
            {
                Title = entry.Title, Slug = entry.Slug, ExternalId = entry.ExternalId, Summary = entry.Summary, Description = entry.Description,
                SourceUrl = entry.SourceUrl, DocumentUrl = entry.DocumentUrl, EvaluationUrl = entry.EvaluationUrl, LessonsLearned = entry.LessonsLearned,
                Keywords = [.. entry.Keywords], Tags = [.. entry.Tags], Audiences = [.. entry.Audiences], BeneficiaryGroups = [.. entry.BeneficiaryGroups],
                Organisations = [.. entry.Organisations.Select(o => new Curation.OrganisationLink(o.Name, o.Role))],
            }, db.Model, errors);
            foreach (var (field, reason) in errors)
            {
                rejections.Add(new ImportRejection(entry.Line, entry.Slug, char.ToLowerInvariant(field[0]) + field[1..], reason));
            }

            if (errors.Count > 0)
            {
                resolved.Remove(entry);
            }
        }
    }

    /// <summary>A related slug must name an entry of the file or one already stored.</summary>
    private static async Task CheckRelatedAsync(CatalogueDbContext db, List<ResolvedEntry> resolved, List<ImportRejection> rejections, CancellationToken cancellationToken)
    {
        var inFile = resolved.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var elsewhere = resolved.SelectMany(r => r.Related).Select(r => r.Slug).Where(s => !inFile.Contains(s)).Distinct().ToList();
        if (elsewhere.Count == 0)
        {
            return;
        }

        var stored = (await db.Entries.AsNoTracking().Where(e => elsewhere.Contains(e.Slug)).Select(e => e.Slug).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in resolved)
        {
            foreach (var missing in entry.Related.Where(r => !inFile.Contains(r.Slug) && !stored.Contains(r.Slug)))
            {
                rejections.Add(new ImportRejection(entry.Line, entry.Slug, "related",
                    $"no entry has the slug \"{missing.Slug}\" (neither in this file nor in the catalogue)"));
            }
        }
    }

    /// <summary>The stored entry an incoming one updates: by external id first, then by slug; conflicts are rejected.</summary>
    private static bool TryMatch(ResolvedEntry entry, List<Entry> existing, List<ImportRejection> rejections, out Entry? stored)
    {
        stored = null;
        var bySlug = existing.FirstOrDefault(e => e.Slug == entry.Slug);
        var byExternalId = entry.ExternalId is null ? null : existing.FirstOrDefault(e => e.ExternalId == entry.ExternalId);
        if (byExternalId is not null && bySlug is not null && bySlug != byExternalId)
        {
            rejections.Add(new ImportRejection(entry.Line, entry.Slug, "slug",
                $"the slug \"{entry.Slug}\" belongs to another entry than the external id \"{entry.ExternalId}\""));
            return false;
        }

        if (byExternalId is null && bySlug?.ExternalId is not null && entry.ExternalId is not null)
        {
            rejections.Add(new ImportRejection(entry.Line, entry.Slug, "slug",
                $"the slug \"{entry.Slug}\" belongs to the entry with external id \"{bySlug.ExternalId}\", not \"{entry.ExternalId}\""));
            return false;
        }

        stored = byExternalId ?? bySlug;
        return true;
    }

    private async Task SaveAsync(CatalogueDbContext db, List<ImportRejection> rejections, int line, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            _logger.LogWarning(ex, "Import batch starting at line {Line} was refused by the database", line);
            rejections.Add(new ImportRejection(line, null, "entry",
                $"the database refused the entries from this line on: {ex.InnerException?.Message ?? ex.Message}"));
        }
    }

    /// <summary>Second pass: links are set once every entry of the file has an id.</summary>
    private static async Task LinkRelatedAsync(CatalogueDbContext db, List<ResolvedEntry> changed, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var slugs = changed.Select(c => c.Slug).Concat(changed.SelectMany(c => c.Related.Select(r => r.Slug))).Distinct().ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in slugs.Chunk(1000))
        {
            foreach (var row in await db.Entries.AsNoTracking().Where(e => chunk.Contains(e.Slug)).Select(e => new { e.Slug, e.Id }).ToListAsync(cancellationToken))
            {
                ids[row.Slug] = row.Id;
            }
        }

        var done = 0;
        foreach (var batch in changed.Chunk(500))
        {
            var fromIds = batch.Select(b => ids[b.Slug]).ToList();
            var current = await db.EntryRelations.Where(r => fromIds.Contains(r.FromEntryId)).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                var from = ids[entry.Slug];
                var wanted = entry.Related.DistinctBy(r => (r.Type, r.Slug)).ToDictionary(r => (r.Type, To: ids[r.Slug]), r => r.Note);
                foreach (var relation in current.Where(r => r.FromEntryId == from))
                {
                    if (!wanted.TryGetValue((relation.Type, relation.ToEntryId), out var note))
                    {
                        db.EntryRelations.Remove(relation);
                    }
                    else if (relation.Note != note)
                    {
                        relation.Note = note;
                    }
                }

                foreach (var ((type, to), note) in wanted.Where(w => !current.Any(r => r.FromEntryId == from && r.Type == w.Key.Type && r.ToEntryId == w.Key.To)))
                {
                    db.EntryRelations.Add(new EntryRelation { FromEntryId = from, ToEntryId = to, Type = type, Note = note });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(new ImportProgress("Linking", done, changed.Count));
        }
    }
}
