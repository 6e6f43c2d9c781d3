using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalogue.Core.ImportExport;

/// <summary>The steps of a run: resolving the records, saving a batch, linking related entries once all have ids.</summary>
public sealed partial class CatalogueImporter
{
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
                    rejections.Add(new ImportRejection(entry.Line, entry.Slug, "slug", CoreText.Format("Import.SlugTwice", entry.Slug, slugs[entry.Slug])));
                }
                else if (entry.ExternalId is not null && !externalIds.TryAdd(entry.ExternalId, entry.Line))
                {
                    rejections.Add(new ImportRejection(entry.Line, entry.Slug, "externalId", CoreText.Format("Import.ExternalIdTwice", entry.ExternalId, externalIds[entry.ExternalId])));
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
                CoreText.Format("Import.DatabaseRefused", ex.InnerException?.Message ?? ex.Message)));
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
