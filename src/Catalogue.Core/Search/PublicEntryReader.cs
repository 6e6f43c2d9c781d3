using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Catalogue.Core.ReferenceData;
using Catalogue.Core.Search.Facets;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Search;

public sealed record NamedLink(string Value, string Label);

/// <summary>An entry's title, summary and description in one language, each with the language it is written in (null: not stated).</summary>
public sealed record EntryText(string Title, string Summary, string? Description, string? Language, string? DescriptionLanguage, bool Translated);

public sealed record OrganisationPart(string Name, OrganisationRole Role);

/// <summary>A linked or similar entry; <see cref="Note"/> says where in the other entry it is found ("section 5.1 (a)").</summary>
public sealed record RelatedEntry(string Slug, string Title, EntryKind Kind, string? Relation, string? Note = null);

/// <summary>Everything the public entry page shows, in the order of the knowledge-platform record (seed 000).</summary>
public sealed record EntryDetails(
    int Id,
    string Slug,
    string Title,
    EntryKind Kind,
    string Summary,
    string? Description,
    DateOnly? PublicationDate,
    DatePrecision? PublicationDatePrecision,
    int? StartYear,
    int? EndYear,
    string? SourceUrl,
    string? DocumentUrl,
    string? EvaluationUrl,
    GeographicScope? GeographicScope,
    bool WorkstreamOutput,
    bool RegionalReviewProcess,
    bool IsGoodPractice,
    string? LessonsLearned,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<OrganisationPart> Organisations,
    IReadOnlyList<NamedLink> Languages,
    IReadOnlyList<NamedLink> Regions,
    IReadOnlyList<NamedLink> Countries,
    IReadOnlyList<NamedLink> GcmObjectives,
    IReadOnlyList<string> Themes,
    IReadOnlyList<NamedLink> SdgIndicators,
    IReadOnlyList<NamedLink> SdgTargets,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> BeneficiaryGroups,
    IReadOnlyList<string> ActivityAreas,
    IReadOnlyList<RelatedEntry> Linked,
    IReadOnlyList<RelatedEntry> Similar)
{
    /// <summary>ISO 639-1 language of <see cref="Title"/>, <see cref="Summary"/> and <see cref="Description"/>, null when not stated.</summary>
    public string? OriginalLanguage { get; init; }

    public IReadOnlyList<EntryTranslation> Translations { get; init; } = [];

    /// <summary>The entry's text for a reader of <paramref name="language"/>: its translation when there is one, else the original.</summary>
    public EntryText TextIn(string language) =>
        language != OriginalLanguage && Translations.FirstOrDefault(t => t.Language == language) is { } t
            ? new EntryText(t.Title, t.Summary, t.Description ?? Description, language, t.Description is null && Description is not null ? OriginalLanguage : language, Translated: true)
            : new EntryText(Title, Summary, Description, OriginalLanguage, OriginalLanguage, Translated: false);

    public IEnumerable<string> OrganisationsIn(OrganisationRole role) => Organisations.Where(o => o.Role == role).Select(o => o.Name);
}

public interface IPublicEntries
{
    /// <summary>The published entry with this slug, or null (drafts, entries in review and archived ones are never shown).</summary>
    Task<EntryDetails?> FindAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// The entry with this id in any status, shown as the public entry page would show it once published. For the
    /// curators' preview only: the caller must have checked that the user may open the entry.
    /// </summary>
    Task<EntryDetails?> FindForPreviewAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>The current slug of a published entry that once had <paramref name="oldSlug"/>, or null.</summary>
    Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default);
}

public sealed class PublicEntryReader(IDbContextFactory<CatalogueDbContext> contextFactory, ICatalogueSearch search) : IPublicEntries
{
    public const int SimilarCount = 5;

    public async Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug && r.Entry.Status == EntryStatus.Published)
            .Select(r => r.Entry.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<EntryDetails?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        LoadAsync(entries => entries.PubliclyVisible().Where(e => e.Slug == slug), cancellationToken);

    public Task<EntryDetails?> FindForPreviewAsync(int id, CancellationToken cancellationToken = default) =>
        LoadAsync(entries => entries.Where(e => e.Id == id), cancellationToken);

    private async Task<EntryDetails?> LoadAsync(Func<IQueryable<Entry>, IQueryable<Entry>> select, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entry = await select(db.Entries.AsNoTracking())
            .Include(e => e.Audiences).Include(e => e.Organisations).ThenInclude(o => o.Organisation)
            .Include(e => e.Languages).Include(e => e.Regions).Include(e => e.Countries)
            .Include(e => e.GcmObjectives).Include(e => e.Themes).Include(e => e.SdgIndicators).Include(e => e.SdgTargets)
            .Include(e => e.Keywords).Include(e => e.Tags).Include(e => e.BeneficiaryGroups).Include(e => e.ActivityAreas)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var linked = await LinkedAsync(db, entry.Id, cancellationToken);
        var similar = await SimilarAsync(db, entry, linked.Select(l => l.Slug).ToHashSet(), cancellationToken);

        var collation = DisplayNames.Collation(SiteLanguages.Current);
        static List<string> Names(IEnumerable<CuratedTerm> terms) => terms.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();

        return new EntryDetails(entry.Id, entry.Slug, entry.Title, entry.Kind, entry.Summary, entry.Description,
            entry.PublicationDate, entry.PublicationDatePrecision, entry.StartYear, entry.EndYear,
            entry.SourceUrl, entry.DocumentUrl, entry.EvaluationUrl, entry.GeographicScope,
            entry.WorkstreamOutput, entry.RegionalReviewProcess, entry.IsGoodPractice, entry.LessonsLearned,
            entry.PublishedAt, entry.UpdatedAt,
            Names(entry.Audiences),
            entry.Organisations.OrderBy(o => o.Role).ThenBy(o => o.Position).Select(o => new OrganisationPart(o.Organisation.Name, o.Role)).ToList(),
            entry.Languages.Select(l => new NamedLink(l.Code, FacetLabels.LanguageName(l.Code))).OrderBy(l => l.Label, collation).ToList(),
            entry.Regions.Select(r => new NamedLink(r.Code, FacetLabels.RegionName(r.Code))).OrderBy(r => r.Label, collation).ToList(),
            entry.Countries.Select(c => new NamedLink(c.Alpha2, FacetLabels.CountryName(c.Alpha2))).OrderBy(c => c.Label, collation).ToList(),
            entry.GcmObjectives.OrderBy(o => o.Number).Select(o => new NamedLink(o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), CoreText.Format("Label.Objective", o.Number, TaxonomyTranslations.ObjectiveShort(o.Number, SiteLanguages.Current).Text))).ToList(),
            entry.Themes.OrderBy(t => t.Id).Select(t => t.Name).ToList(),
            entry.SdgIndicators.OrderBy(i => i.SortOrder).Select(i => new NamedLink(i.Code, FacetLabels.IndicatorLabel(i.Code))).ToList(),
            entry.SdgTargets.OrderBy(t => t.SortOrder).Select(t => new NamedLink(t.Code, CoreText.Format("Label.Target", t.Code, TaxonomyTranslations.TargetShort(t.Code, SiteLanguages.Current).Text))).ToList(),
            Names(entry.Keywords), Names(entry.Tags), Names(entry.BeneficiaryGroups),
            entry.ActivityAreas.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
            linked, similar)
        {
            OriginalLanguage = entry.OriginalLanguage,
            Translations = entry.Translations,
        };
    }

    /// <summary>Typed links in both directions, to published entries only.</summary>
    private static async Task<List<RelatedEntry>> LinkedAsync(CatalogueDbContext db, int id, CancellationToken cancellationToken)
    {
        var outgoing = await db.EntryRelations.AsNoTracking()
            .Where(r => r.FromEntryId == id && r.ToEntry.Status == EntryStatus.Published)
            .OrderBy(r => r.ToEntry.Title)
            .Select(r => new { r.ToEntry.Slug, r.ToEntry.Title, r.ToEntry.Kind, r.Type, r.Note })
            .ToListAsync(cancellationToken);
        var incoming = await db.EntryRelations.AsNoTracking()
            .Where(r => r.ToEntryId == id && r.FromEntry.Status == EntryStatus.Published)
            .OrderBy(r => r.FromEntry.Title)
            .Select(r => new { r.FromEntry.Slug, r.FromEntry.Title, r.FromEntry.Kind, r.Type, r.Note })
            .ToListAsync(cancellationToken);
        return outgoing.Select(r => new RelatedEntry(r.Slug, r.Title, r.Kind, Curation.RelationLabels.Localized(r.Type, outgoing: true), r.Note))
            .Concat(incoming.Select(r => new RelatedEntry(r.Slug, r.Title, r.Kind, Curation.RelationLabels.Localized(r.Type, outgoing: false), r.Note)))
            .DistinctBy(r => r.Slug)
            .ToList();
    }

    /// <summary>Most similar published entries, from the search index (<see cref="SimilarEntries"/>), linked ones left out.</summary>
    private async Task<List<RelatedEntry>> SimilarAsync(CatalogueDbContext db, Entry entry, HashSet<string> exclude, CancellationToken cancellationToken)
    {
        var ids = await search.FindSimilarAsync(entry.Id, entry.SdgTargets.Select(t => t.Code).ToList(),
            entry.Keywords.Select(k => k.Name).ToList(), SimilarCount + exclude.Count, cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Entries.AsNoTracking().PubliclyVisible()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Slug, e.Title, e.Kind })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).Where(r => !exclude.Contains(r.Slug)).Take(SimilarCount)
            .Select(r => new RelatedEntry(r.Slug, r.Title, r.Kind, null)).ToList();
    }
}
