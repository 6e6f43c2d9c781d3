using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

/// <summary>The checks that need the database: field lengths from its model, related slugs, and which stored entry an incoming one updates.</summary>
public sealed partial class CatalogueImporter
{
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
                    CoreText.Format("Import.RelatedMissing", missing.Slug)));
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
                CoreText.Format("Import.SlugOfOtherExternalId", entry.Slug, entry.ExternalId ?? "")));
            return false;
        }

        if (byExternalId is null && bySlug?.ExternalId is not null && entry.ExternalId is not null)
        {
            rejections.Add(new ImportRejection(entry.Line, entry.Slug, "slug",
                CoreText.Format("Import.SlugHasExternalId", entry.Slug, bySlug.ExternalId ?? "", entry.ExternalId ?? "")));
            return false;
        }

        stored = byExternalId ?? bySlug;
        return true;
    }
}
