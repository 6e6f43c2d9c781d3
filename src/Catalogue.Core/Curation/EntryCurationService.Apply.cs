using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

public sealed partial class EntryCurationService
{
    /// <summary>Validates the model and copies it onto the entry, resolving codes and names to reference rows.</summary>
    private static async Task ApplyAsync(CatalogueDbContext db, Entry entry, EntryEditModel model, CurationActor? actor, CancellationToken cancellationToken)
    {
        var errors = Validate(model, db.Model);
        model.Slug = model.Slug.Trim();
        if (!errors.ContainsKey(nameof(model.Slug)))
        {
            var takenByEntry = await db.Entries.AnyAsync(e => e.Slug == model.Slug && e.Id != entry.Id, cancellationToken);
            var takenByRedirect = await db.SlugRedirects.AnyAsync(r => r.OldSlug == model.Slug && r.EntryId != entry.Id, cancellationToken);
            if (takenByEntry || takenByRedirect)
            {
                errors[nameof(model.Slug)] = CoreText.Format("Curation.SlugTaken");
            }
        }

        entry.Languages = await ResolveAsync(db.Languages, model.Languages, l => model.Languages.Contains(l.Code), l => l.Code, nameof(model.Languages), errors, cancellationToken);
        entry.Regions = await ResolveAsync(db.Regions, model.Regions, r => model.Regions.Contains(r.Code), r => r.Code, nameof(model.Regions), errors, cancellationToken);
        entry.Countries = await ResolveAsync(db.Countries, model.Countries, c => model.Countries.Contains(c.Alpha2), c => c.Alpha2, nameof(model.Countries), errors, cancellationToken);
        entry.ActivityAreas = await ResolveAsync(db.ActivityAreas, model.ActivityAreas, a => model.ActivityAreas.Contains(a.Code), a => a.Code, nameof(model.ActivityAreas), errors, cancellationToken);
        entry.SdgTargets = await ResolveAsync(db.SdgTargets, model.SdgTargets, t => model.SdgTargets.Contains(t.Code), t => t.Code, nameof(model.SdgTargets), errors, cancellationToken);
        entry.SdgIndicators = await ResolveAsync(db.SdgIndicators, model.SdgIndicators, i => model.SdgIndicators.Contains(i.Code), i => i.Code, nameof(model.SdgIndicators), errors, cancellationToken);
        var gcmKeys = model.GcmObjectives.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        entry.GcmObjectives = await ResolveAsync(db.GcmObjectives, gcmKeys, o => model.GcmObjectives.Contains(o.Number), o => o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(model.GcmObjectives), errors, cancellationToken);
        entry.Themes = await ResolveAsync(db.GuidingPrinciples, model.Themes, t => model.Themes.Contains(t.Name), t => t.Name, nameof(model.Themes), errors, cancellationToken);
        entry.Audiences = await ResolveTermsAsync(db.Audiences, model.Audiences, create: false, nameof(model.Audiences), errors, cancellationToken);
        entry.BeneficiaryGroups = await ResolveTermsAsync(db.BeneficiaryGroups, model.BeneficiaryGroups, create: false, nameof(model.BeneficiaryGroups), errors, cancellationToken);
        entry.Keywords = await ResolveTermsAsync(db.Keywords, model.Keywords, create: true, nameof(model.Keywords), errors, cancellationToken);
        entry.Tags = await ResolveTermsAsync(db.Tags, model.Tags, create: true, nameof(model.Tags), errors, cancellationToken);
        var organisations = await ResolveTermsAsync(db.Organisations, model.Organisations.Select(o => o.Name).ToList(), create: true, nameof(model.Organisations), errors, cancellationToken);
        var linkTargets = await ResolveLinksAsync(db, entry, model, actor, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new CurationValidationException(errors);
        }

        ApplyLinks(entry, model, linkTargets);
        entry.Kind = model.Kind;
        entry.Title = model.Title.Trim();
        entry.Slug = model.Slug;
        entry.ExternalId = Blank(model.ExternalId);
        entry.Summary = model.Summary.Trim();
        entry.Description = Blank(model.Description);
        entry.PublicationDate = model.PublicationDate;
        entry.PublicationDatePrecision = model.PublicationDate is null ? null : model.PublicationDatePrecision ?? DatePrecision.Day;
        entry.StartYear = model.StartYear;
        entry.EndYear = model.EndYear;
        entry.SourceUrl = Blank(model.SourceUrl);
        entry.DocumentUrl = Blank(model.DocumentUrl);
        entry.EvaluationUrl = Blank(model.EvaluationUrl);
        entry.GeographicScope = model.GeographicScope;
        entry.WorkstreamOutput = model.WorkstreamOutput;
        entry.RegionalReviewProcess = model.RegionalReviewProcess;
        entry.IsGoodPractice = model.IsGoodPractice;
        entry.LessonsLearned = Blank(model.LessonsLearned);
        entry.OriginalLanguage = Blank(model.OriginalLanguage)?.ToLowerInvariant();
        entry.Translations = model.Translations
            .Select(t => new EntryTranslation
            {
                Language = (t.Language ?? "").Trim().ToLowerInvariant(), Title = (t.Title ?? "").Trim(), Summary = (t.Summary ?? "").Trim(), Description = Blank(t.Description),
            })
            .OrderBy(t => t.Language, StringComparer.Ordinal).ToList();
        var byName = organisations.ToDictionary(o => o.NormalizedName);
        var links = model.Organisations
            .Select((o, i) => (Organisation: byName[CuratedTerm.Normalize(o.Name)], o.Role, Position: i))
            .DistinctBy(o => (o.Organisation.NormalizedName, o.Role))
            .ToList();
        entry.Organisations.RemoveAll(existing => !links.Any(l => l.Organisation == existing.Organisation && l.Role == existing.Role));
        foreach (var link in links)
        {
            var existing = entry.Organisations.FirstOrDefault(o => o.Organisation == link.Organisation && o.Role == link.Role);
            if (existing is null)
            {
                entry.Organisations.Add(new EntryOrganisation { Organisation = link.Organisation, Role = link.Role, Position = link.Position });
            }
            else
            {
                existing.Position = link.Position;
            }
        }
    }

    /// <summary>
    /// The entries the model links to, by slug. A contributor links only to entries they may see in the admin area (published
    /// ones and their own); anything else is reported as unknown, so a link never reveals an entry.
    /// </summary>
    private static async Task<Dictionary<string, Entry>> ResolveLinksAsync(CatalogueDbContext db, Entry entry, EntryEditModel model, CurationActor? actor,
        Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        model.Links = model.Links.Select(l => l with { Slug = l.Slug.Trim(), Note = Blank(l.Note) }).DistinctBy(l => (l.Type, l.Slug)).ToList();
        var slugs = model.Links.Select(l => l.Slug).Distinct().ToList();
        if (slugs.Count == 0)
        {
            return [];
        }

        var found = await db.Entries.Where(e => slugs.Contains(e.Slug)).ToListAsync(cancellationToken);
        var visible = found.Where(e => actor is null || actor.CanCurate || e.Status == EntryStatus.Published || e.CreatedBy == actor.UserId)
            .ToDictionary(e => e.Slug, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var link in model.Links)
        {
            if (!visible.TryGetValue(link.Slug, out var target))
            {
                problems.Add(CoreText.Format("Curation.Link.NoEntry", link.Slug));
            }
            else if (target.Id == entry.Id || link.Slug == model.Slug.Trim())
            {
                problems.Add(CoreText.Format("Curation.Link.Self"));
            }
            else if (link.Note is { Length: > EntryRelation.NoteMaxLength })
            {
                problems.Add(CoreText.Format("Curation.Link.NoteTooLong", EntryRelation.NoteMaxLength));
            }
            else if (StoredText.HasForbiddenCharacter(link.Note))
            {
                problems.Add(CoreText.Format("Curation.Link.NoteControl"));
            }
        }

        if (problems.Count > 0)
        {
            errors[nameof(model.Links)] = CoreText.Format("Curation.Link.Problems", string.Join(CoreText.Format("Curation.Link.Separator"), problems.Distinct()));
        }

        return visible;
    }

    /// <summary>The entry's outgoing links become the model's: removed, their notes updated, new ones added.</summary>
    private static void ApplyLinks(Entry entry, EntryEditModel model, Dictionary<string, Entry> targets)
    {
        var wanted = model.Links.ToDictionary(l => (l.Type, targets[l.Slug].Id), l => l.Note);
        entry.Relations.RemoveAll(r => !wanted.ContainsKey((r.Type, r.ToEntryId == 0 ? r.ToEntry.Id : r.ToEntryId)));
        foreach (var link in model.Links)
        {
            var target = targets[link.Slug];
            var existing = entry.Relations.FirstOrDefault(r => r.Type == link.Type && (r.ToEntryId == target.Id || r.ToEntry == target));
            if (existing is null)
            {
                entry.Relations.Add(new EntryRelation { FromEntry = entry, ToEntry = target, ToEntryId = target.Id, Type = link.Type, Note = link.Note });
            }
            else
            {
                existing.Note = link.Note;
            }
        }
    }

    private static async Task<List<T>> ResolveAsync<T>(IQueryable<T> table, IReadOnlyCollection<string> wanted,
        System.Linq.Expressions.Expression<Func<T, bool>> match, Func<T, string> key, string field, Dictionary<string, string> errors,
        CancellationToken cancellationToken)
    {
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = await table.Where(match).ToListAsync(cancellationToken);
        var unknown = wanted.Except(found.Select(key), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            errors[field] = CoreText.Format("Curation.UnknownValues", string.Join(", ", unknown));
        }

        return found;
    }

    /// <summary>Finds curated terms by their folded name; creates the missing ones where allowed.</summary>
    private static async Task<List<TTerm>> ResolveTermsAsync<TTerm>(DbSet<TTerm> table, IReadOnlyCollection<string> names, bool create, string field,
        Dictionary<string, string> errors, CancellationToken cancellationToken)
        where TTerm : CuratedTerm, new()
    {
        var normalized = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (Name: string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Key: CuratedTerm.Normalize(n)))
            .DistinctBy(n => n.Key).ToList();
        if (normalized.Count == 0)
        {
            return [];
        }

        var keys = normalized.Select(n => n.Key).ToList();
        var found = await table.Where(t => keys.Contains(t.NormalizedName)).ToListAsync(cancellationToken);
        var missing = normalized.Where(n => found.All(f => f.NormalizedName != n.Key)).ToList();
        if (missing.Count > 0 && !create)
        {
            errors[field] = CoreText.Format("Curation.UnknownValues", string.Join(", ", missing.Select(m => m.Name)));
            return found;
        }

        foreach (var (name, key) in missing.Where(m => m.Name.Length <= CuratedTerm.NameMaxLength))
        {
            var term = new TTerm { Name = name, NormalizedName = key };
            table.Add(term);
            found.Add(term);
        }

        return found;
    }

    private static async Task KeepOldSlugAsync(CatalogueDbContext db, Entry entry, string oldSlug, CancellationToken cancellationToken)
    {
        if (oldSlug == entry.Slug)
        {
            return;
        }

        // Going back to a slug the entry had before: that slug is live again, not a redirect.
        var returning = await db.SlugRedirects.FirstOrDefaultAsync(r => r.OldSlug == entry.Slug, cancellationToken);
        if (returning is not null)
        {
            db.SlugRedirects.Remove(returning);
        }

        if (!await db.SlugRedirects.AnyAsync(r => r.OldSlug == oldSlug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = oldSlug, EntryId = entry.Id, CreatedAt = DateTime.UtcNow });
        }
    }

    private static async Task<string> UniqueSlugAsync(CatalogueDbContext db, string baseSlug, int? entryId, CancellationToken cancellationToken)
    {
        var candidate = baseSlug;
        for (var n = 2; ; n++)
        {
            var taken = await db.Entries.AnyAsync(e => e.Slug == candidate && e.Id != entryId, cancellationToken) ||
                        await db.SlugRedirects.AnyAsync(r => r.OldSlug == candidate, cancellationToken);
            if (!taken)
            {
                return candidate;
            }

            candidate = $"{baseSlug}-{n}";
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<(string Field, string? Text)> TextFields(EntryEditModel m) =>
    [
        (nameof(m.Title), m.Title), (nameof(m.Slug), m.Slug), (nameof(m.ExternalId), m.ExternalId), (nameof(m.Summary), m.Summary),
        (nameof(m.Description), m.Description), (nameof(m.LessonsLearned), m.LessonsLearned), (nameof(m.SourceUrl), m.SourceUrl),
        (nameof(m.DocumentUrl), m.DocumentUrl), (nameof(m.EvaluationUrl), m.EvaluationUrl),
        .. m.Languages.Select(v => (nameof(m.Languages), (string?)v)), .. m.Regions.Select(v => (nameof(m.Regions), (string?)v)),
        .. m.Countries.Select(v => (nameof(m.Countries), (string?)v)), .. m.Audiences.Select(v => (nameof(m.Audiences), (string?)v)),
        .. m.BeneficiaryGroups.Select(v => (nameof(m.BeneficiaryGroups), (string?)v)),
        .. m.ActivityAreas.Select(v => (nameof(m.ActivityAreas), (string?)v)), .. m.SdgTargets.Select(v => (nameof(m.SdgTargets), (string?)v)),
        .. m.SdgIndicators.Select(v => (nameof(m.SdgIndicators), (string?)v)), .. m.Themes.Select(v => (nameof(m.Themes), (string?)v)),
        .. m.Keywords.Select(v => (nameof(m.Keywords), (string?)v)), .. m.Tags.Select(v => (nameof(m.Tags), (string?)v)),
        .. m.Organisations.Select(o => (nameof(m.Organisations), (string?)o.Name)),
        .. m.Translations.SelectMany(t => new[] { (nameof(m.Translations), (string?)t.Title), (nameof(m.Translations), t.Summary), (nameof(m.Translations), t.Description) }),
    ];
}
