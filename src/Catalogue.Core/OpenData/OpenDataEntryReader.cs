using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.OpenData;

/// <summary>Reads published entries as <see cref="EntryDocument"/>s for the open-data formats.</summary>
/// <summary>A page of open-data results.</summary>
public sealed record OpenDataPage(IReadOnlyList<EntryDocument> Items, int Total, IReadOnlyDictionary<string, Dictionary<string, int>> Counts);

public sealed class OpenDataEntryReader(IDbContextFactory<CatalogueDbContext> factory, ICatalogueSearch search)
{
    public async Task<EntryDocument?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var id = await db.Entries.AsNoTracking().PubliclyVisible()
            .Where(e => e.Slug == slug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : (await LoadAsync(db, [id.Value], cancellationToken)).Single();
    }

    /// <summary>
    /// One page of a search: the matching published entries in the query's order (ranked by the search index, read from
    /// PostgreSQL with the published filter), their total, and the counts of <paramref name="countKeys"/>.
    /// </summary>
    public async Task<OpenDataPage> SearchAsync(CatalogueQuery query, int skip, int take, CancellationToken cancellationToken,
        IReadOnlyCollection<string>? countKeys = null)
    {
        var found = await search.FindAsync(new EngineRequest(query, skip, take, countKeys ?? []), cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var published = await db.Entries.AsNoTracking().PubliclyVisible().Where(e => found.EntryIds.Contains(e.Id)).Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var items = await LoadAsync(db, found.EntryIds.Where(published.Contains).ToList(), cancellationToken);
        return new OpenDataPage(items, found.Total, found.Counts);
    }

    /// <summary>Full documents of the given entries (any status: the caller has filtered), in the order of <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyList<EntryDocument>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, ids, cancellationToken);
    }

    /// <summary>
    /// The last change to any entry, whatever its status: archiving or unpublishing one changes every list it left,
    /// so this is the Last-Modified of lists. Null for an empty catalogue.
    /// </summary>
    public async Task<DateTime?> LastChangeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Entries.MaxAsync(e => (DateTime?)e.UpdatedAt, cancellationToken);
    }

    private static async Task<IReadOnlyList<EntryDocument>> LoadAsync(CatalogueDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var entries = await db.Entries.AsNoTracking().AsSplitQuery()
            .Where(e => ids.Contains(e.Id))
            .Include(e => e.SdgTargets).Include(e => e.SdgIndicators).Include(e => e.GcmObjectives).Include(e => e.Themes)
            .Include(e => e.ActivityAreas).Include(e => e.Regions).Include(e => e.Countries).Include(e => e.Languages)
            .Include(e => e.Keywords).Include(e => e.Tags).Include(e => e.Audiences).Include(e => e.BeneficiaryGroups)
            .Include(e => e.Organisations).ThenInclude(o => o.Organisation)
            .ToListAsync(cancellationToken);
        var byId = entries.ToDictionary(e => e.Id);
        var links = await LinksAsync(db, ids, cancellationToken);
        return ids.Where(byId.ContainsKey).Select(id => ToDocument(byId[id]) with { Links = links[id].ToList() }).ToList();
    }

    /// <summary>Links in both directions, to published entries only; the name says how the link reads from this entry.</summary>
    private static async Task<ILookup<int, EntryLinkRef>> LinksAsync(CatalogueDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var outgoing = await db.EntryRelations.AsNoTracking()
            .Where(r => ids.Contains(r.FromEntryId) && r.ToEntry.Status == EntryStatus.Published)
            .Select(r => new { Id = r.FromEntryId, r.Type, Outgoing = true, r.ToEntry.Slug, r.ToEntry.Title, r.ToEntry.Kind, r.Note })
            .ToListAsync(cancellationToken);
        var incoming = await db.EntryRelations.AsNoTracking()
            .Where(r => ids.Contains(r.ToEntryId) && r.FromEntry.Status == EntryStatus.Published)
            .Select(r => new { Id = r.ToEntryId, r.Type, Outgoing = false, r.FromEntry.Slug, r.FromEntry.Title, r.FromEntry.Kind, r.Note })
            .ToListAsync(cancellationToken);
        return outgoing.Concat(incoming)
            .OrderBy(l => l.Type).ThenBy(l => !l.Outgoing).ThenBy(l => l.Title, StringComparer.OrdinalIgnoreCase)
            .ToLookup(l => l.Id, l => new EntryLinkRef(RelationName(l.Type, l.Outgoing), l.Slug, l.Title, KindName(l.Kind), l.Note));
    }

    /// <summary>"describedIn" from the programme, "describes" from the report.</summary>
    public static string RelationName(RelationType type, bool outgoing)
    {
        var label = Curation.RelationLabels.Of(type, outgoing).Split(' ');
        return string.Concat(label.Select((word, i) => i == 0 ? word.ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..]));
    }

    private static EntryDocument ToDocument(Entry e) => new()
    {
        Id = e.Id,
        Slug = e.Slug,
        Kind = KindName(e.Kind),
        Title = e.Title,
        Summary = e.Summary,
        Description = e.Description,
        OriginalLanguage = e.OriginalLanguage,
        Translations = e.Translations.OrderBy(t => t.Language, StringComparer.Ordinal)
            .Select(t => new TranslationDocument(t.Language, t.Title, t.Summary, t.Description)).ToList(),
        PublicationDate = FormatDate(e.PublicationDate, e.PublicationDatePrecision),
        StartYear = e.StartYear,
        EndYear = e.EndYear,
        SourceUrl = e.SourceUrl,
        DocumentUrl = e.DocumentUrl,
        EvaluationUrl = e.EvaluationUrl,
        GeographicScope = e.GeographicScope?.ToString().ToLowerInvariant(),
        IsGoodPractice = e.IsGoodPractice,
        LessonsLearned = e.LessonsLearned,
        WorkstreamOutput = e.WorkstreamOutput,
        RegionalReviewProcess = e.RegionalReviewProcess,
        PublishedAt = e.PublishedAt,
        UpdatedAt = e.UpdatedAt,
        SdgTargets = e.SdgTargets.OrderBy(t => t.SortOrder).Select(t => new CodedTerm(t.Code, t.ShortLabel)).ToList(),
        SdgIndicators = e.SdgIndicators.OrderBy(i => i.SortOrder).Select(i => new CodedTerm(i.Code, i.OfficialText)).ToList(),
        GcmObjectives = e.GcmObjectives.OrderBy(o => o.Number)
            .Select(o => new CodedTerm(o.Number.ToString(CultureInfo.InvariantCulture), o.ShortLabel)).ToList(),
        Themes = e.Themes.OrderBy(t => t.Paragraph).Select(t => new CodedTerm(t.Paragraph, t.Name)).ToList(),
        ActivityAreas = e.ActivityAreas.OrderBy(a => a.Code).Select(a => new CodedTerm(a.Code, a.Name)).ToList(),
        Regions = e.Regions.OrderBy(r => r.Name).Select(r => new CodedTerm(r.Code, r.Name)).ToList(),
        Countries = e.Countries.OrderBy(c => c.Name).Select(c => new CodedTerm(c.Alpha2, c.Name)).ToList(),
        Languages = e.Languages.OrderBy(l => l.Name).Select(l => new CodedTerm(l.Code, l.Name)).ToList(),
        Keywords = e.Keywords.Select(k => k.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        Tags = e.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        Audiences = e.Audiences.Select(a => a.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        BeneficiaryGroups = e.BeneficiaryGroups.Select(b => b.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        Organisations = e.Organisations.OrderBy(o => o.Role).ThenBy(o => o.Position)
            .Select(o => new EntryOrganisationRef(o.Organisation.Name, o.Role.ToString().ToLowerInvariant())).ToList(),
    };

    public static string KindName(EntryKind kind) => kind.ToString().ToLowerInvariant();

    private static string? FormatDate(DateOnly? date, DatePrecision? precision) => date switch
    {
        null => null,
        { } d => precision switch
        {
            DatePrecision.Year => d.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };
}
