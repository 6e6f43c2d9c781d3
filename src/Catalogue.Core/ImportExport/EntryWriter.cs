using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// Copies a <see cref="ResolvedEntry"/> onto a tracked <see cref="Entry"/>. Reference values and terms are shared
/// instances across batches (the change tracker is cleared between them), so each is attached once per batch,
/// or the instance the context already tracks is used.
/// </summary>
internal sealed class EntryWriter(CatalogueDbContext db, TermCache terms)
{
    public void Apply(Entry entry, ResolvedEntry r, string actor, DateTime now)
    {
        if (entry.Slug.Length > 0 && entry.Slug != r.Slug)
        {
            // The entry is renamed through its external id: its old address keeps answering.
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = entry.Slug, EntryId = entry.Id, CreatedAt = now });
        }

        entry.Slug = r.Slug;
        entry.ExternalId = r.ExternalId;
        entry.Kind = r.Kind;
        Curation.EntryRules.SetStatus(entry, r.Status, now);
        entry.Title = r.Title;
        entry.Summary = r.Summary;
        entry.Description = r.Description;
        entry.OriginalLanguage = r.OriginalLanguage;
        entry.Translations = r.Translations.Select(t => new EntryTranslation { Language = t.Language, Title = t.Title, Summary = t.Summary, Description = t.Description }).ToList();
        entry.PublicationDate = r.PublicationDate;
        entry.PublicationDatePrecision = r.PublicationDatePrecision;
        entry.StartYear = r.StartYear;
        entry.EndYear = r.EndYear;
        entry.SourceUrl = r.SourceUrl;
        entry.DocumentUrl = r.DocumentUrl;
        entry.EvaluationUrl = r.EvaluationUrl;
        entry.GeographicScope = r.GeographicScope;
        entry.WorkstreamOutput = r.WorkstreamOutput;
        entry.RegionalReviewProcess = r.RegionalReviewProcess;
        entry.IsGoodPractice = r.GoodPractice;
        entry.LessonsLearned = r.LessonsLearned;
        entry.UpdatedAt = now;
        entry.UpdatedBy = actor;

        Replace(entry.Languages, r.Languages.Select(l => Use(l, l.Code)));
        Replace(entry.Regions, r.Regions.Select(x => Use(x, x.Code)));
        Replace(entry.Countries, r.Countries.Select(c => Use(c, c.Alpha2)));
        Replace(entry.ActivityAreas, r.ActivityAreas.Select(a => Use(a, a.Id)));
        Replace(entry.SdgTargets, r.SdgTargets.Select(t => Use(t, t.Code)));
        Replace(entry.SdgIndicators, r.SdgIndicators.Select(i => Use(i, i.Code)));
        Replace(entry.GcmObjectives, r.GcmObjectives.Select(o => Use(o, o.Number)));
        Replace(entry.Themes, r.Themes.Select(t => Use(t, t.Id)));
        Replace(entry.Audiences, r.Audiences.Select(n => Term<Audience>(TermKind.Audience, n)));
        Replace(entry.BeneficiaryGroups, r.BeneficiaryGroups.Select(n => Term<BeneficiaryGroup>(TermKind.BeneficiaryGroup, n)));
        Replace(entry.Keywords, r.Keywords.Select(n => Term<Keyword>(TermKind.Keyword, n)));
        Replace(entry.Tags, r.Tags.Select(n => Term<Tag>(TermKind.Tag, n)));
        ApplyOrganisations(entry, r);
    }

    private void ApplyOrganisations(Entry entry, ResolvedEntry r)
    {
        var wanted = r.Organisations
            .GroupBy(o => o.Role)
            .SelectMany(g => g.Select((o, position) => (o.Role, Organisation: Term<Organisation>(TermKind.Organisation, o.Name), Position: position)))
            .ToList();
        foreach (var link in entry.Organisations.ToList())
        {
            if (!wanted.Any(w => w.Role == link.Role && ReferenceEquals(w.Organisation, link.Organisation)))
            {
                entry.Organisations.Remove(link);
            }
        }

        foreach (var (role, organisation, position) in wanted)
        {
            var link = entry.Organisations.FirstOrDefault(o => o.Role == role && ReferenceEquals(o.Organisation, organisation));
            if (link is null)
            {
                entry.Organisations.Add(new EntryOrganisation { Entry = entry, Organisation = organisation, Role = role, Position = position });
            }
            else if (link.Position != position)
            {
                link.Position = position;
            }
        }
    }

    private static void Replace<T>(List<T> current, IEnumerable<T> wanted) where T : class
    {
        var target = wanted.ToList();
        current.RemoveAll(item => !target.Contains(item, ReferenceEqualityComparer.Instance));
        foreach (var item in target.Where(t => !current.Contains(t, ReferenceEqualityComparer.Instance)))
        {
            current.Add(item);
        }
    }

    private T Term<T>(TermKind kind, string name) where T : CuratedTerm
    {
        var term = terms.Get<T>(kind, name);
        return term.Id == 0 ? Track(term) : Use(term, term.Id);
    }

    private T Track<T>(T entity) where T : class
    {
        if (db.Entry(entity).State == EntityState.Detached)
        {
            db.Set<T>().Add(entity);
        }

        return entity;
    }

    /// <summary>The instance of this reference row the context tracks, attaching the shared one if none is.</summary>
    private T Use<T, TKey>(T shared, TKey key) where T : class
    {
        if (db.Entry(shared).State != EntityState.Detached)
        {
            return shared;
        }

        var tracked = db.Set<T>().Local.FindEntry(key);
        if (tracked is not null)
        {
            return tracked.Entity;
        }

        db.Set<T>().Attach(shared);
        return shared;
    }
}
