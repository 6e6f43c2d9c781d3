using System.Globalization;
using Catalogue.Core.Entities;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// The one canonical <see cref="EntryRecord"/> of an entry: codes for reference values and a fixed order for every
/// list. Export writes it; import compares an incoming entry's canonical form with the stored one's to tell
/// "unchanged" from "updated", so re-importing a file writes nothing.
/// </summary>
public static class CanonicalForm
{
    public static EntryRecord FromEntry(Entry entry) => new()
    {
        Slug = entry.Slug,
        ExternalId = entry.ExternalId,
        Kind = entry.Kind.ToString(),
        Status = entry.Status.ToString(),
        Title = entry.Title,
        Summary = entry.Summary,
        Description = entry.Description,
        OriginalLanguage = entry.OriginalLanguage,
        Translations = Translations(entry.Translations),
        PublicationDate = FormatDate(entry.PublicationDate, entry.PublicationDatePrecision),
        StartYear = entry.StartYear,
        EndYear = entry.EndYear,
        SourceUrl = entry.SourceUrl,
        DocumentUrl = entry.DocumentUrl,
        EvaluationUrl = entry.EvaluationUrl,
        Languages = entry.Languages.Select(l => l.Code).Order(StringComparer.Ordinal).ToList(),
        GeographicScope = entry.GeographicScope?.ToString(),
        Regions = entry.Regions.Select(r => r.Name).Order(StringComparer.Ordinal).ToList(),
        Countries = entry.Countries.Select(c => c.Alpha2).Order(StringComparer.Ordinal).ToList(),
        Audiences = Names(entry.Audiences.Select(a => a.Name)),
        Authors = Organisations(entry, OrganisationRole.Author),
        Publishers = Organisations(entry, OrganisationRole.Publisher),
        Implementers = Organisations(entry, OrganisationRole.Implementer),
        Partners = Organisations(entry, OrganisationRole.Partner),
        Donors = Organisations(entry, OrganisationRole.Donor),
        BeneficiaryGroups = Names(entry.BeneficiaryGroups.Select(b => b.Name)),
        ActivityAreas = entry.ActivityAreas.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
        SdgTargets = entry.SdgTargets.OrderBy(t => t.SortOrder).Select(t => t.Code).ToList(),
        SdgIndicators = entry.SdgIndicators.OrderBy(i => i.SortOrder).Select(i => i.Code).ToList(),
        GcmObjectives = entry.GcmObjectives.OrderBy(o => o.Number).Select(o => o.Number.ToString(CultureInfo.InvariantCulture)).ToList(),
        Themes = entry.Themes.OrderBy(t => t.Id).Select(t => t.Name).ToList(),
        Keywords = Names(entry.Keywords.Select(k => k.Name)),
        Tags = Names(entry.Tags.Select(t => t.Name)),
        WorkstreamOutput = entry.WorkstreamOutput,
        RegionalReviewProcess = entry.RegionalReviewProcess,
        GoodPractice = entry.IsGoodPractice,
        LessonsLearned = entry.LessonsLearned,
        Related = Related(entry.Relations.Select(r => (r.Type, r.ToEntry.Slug, r.Note))),
    };

    /// <summary>
    /// The canonical form an entry will have once <paramref name="resolved"/> is stored; <paramref name="storedName"/>
    /// gives the spelling of an existing curated term ("civil society" is stored as the existing "Civil Society").
    /// </summary>
    public static EntryRecord FromResolved(ResolvedEntry resolved, Func<TermKind, string, string> storedName) => new()
    {
        Slug = resolved.Slug,
        ExternalId = resolved.ExternalId,
        Kind = resolved.Kind.ToString(),
        Status = resolved.Status.ToString(),
        Title = resolved.Title,
        Summary = resolved.Summary,
        Description = resolved.Description,
        OriginalLanguage = resolved.OriginalLanguage,
        Translations = Translations(resolved.Translations),
        PublicationDate = FormatDate(resolved.PublicationDate, resolved.PublicationDatePrecision),
        StartYear = resolved.StartYear,
        EndYear = resolved.EndYear,
        SourceUrl = resolved.SourceUrl,
        DocumentUrl = resolved.DocumentUrl,
        EvaluationUrl = resolved.EvaluationUrl,
        Languages = resolved.Languages.Select(l => l.Code).Order(StringComparer.Ordinal).ToList(),
        GeographicScope = resolved.GeographicScope?.ToString(),
        Regions = resolved.Regions.Select(r => r.Name).Order(StringComparer.Ordinal).ToList(),
        Countries = resolved.Countries.Select(c => c.Alpha2).Order(StringComparer.Ordinal).ToList(),
        Audiences = Names(resolved.Audiences.Select(a => storedName(TermKind.Audience, a))),
        Authors = Organisations(resolved, OrganisationRole.Author, storedName),
        Publishers = Organisations(resolved, OrganisationRole.Publisher, storedName),
        Implementers = Organisations(resolved, OrganisationRole.Implementer, storedName),
        Partners = Organisations(resolved, OrganisationRole.Partner, storedName),
        Donors = Organisations(resolved, OrganisationRole.Donor, storedName),
        BeneficiaryGroups = Names(resolved.BeneficiaryGroups.Select(b => storedName(TermKind.BeneficiaryGroup, b))),
        ActivityAreas = resolved.ActivityAreas.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
        SdgTargets = resolved.SdgTargets.OrderBy(t => t.SortOrder).Select(t => t.Code).ToList(),
        SdgIndicators = resolved.SdgIndicators.OrderBy(i => i.SortOrder).Select(i => i.Code).ToList(),
        GcmObjectives = resolved.GcmObjectives.OrderBy(o => o.Number).Select(o => o.Number.ToString(CultureInfo.InvariantCulture)).ToList(),
        Themes = resolved.Themes.OrderBy(t => t.Id).Select(t => t.Name).ToList(),
        Keywords = Names(resolved.Keywords.Select(k => storedName(TermKind.Keyword, k))),
        Tags = Names(resolved.Tags.Select(t => storedName(TermKind.Tag, t))),
        WorkstreamOutput = resolved.WorkstreamOutput,
        RegionalReviewProcess = resolved.RegionalReviewProcess,
        GoodPractice = resolved.GoodPractice,
        LessonsLearned = resolved.LessonsLearned,
        Related = Related(resolved.Related),
    };

    /// <summary>The fields whose canonical values differ, in the format's field names, lists joined with "; ".</summary>
    public static IReadOnlyList<Curation.FieldChange> Diff(EntryRecord before, EntryRecord after) => typeof(EntryRecord).GetProperties()
        .Where(p => p.Name != nameof(EntryRecord.Goals))
        .Select(p => new Curation.FieldChange(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name), Display(p.GetValue(before)), Display(p.GetValue(after))))
        .Where(c => c.Old != c.New)
        .ToList();

    private static string? Display(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        bool flag => flag ? "yes" : "no",
        IEnumerable<RelatedRecord> related => Join(related.Select(r => $"{r.Type}:{r.Slug}{(r.Note is null ? "" : $" ({r.Note})")}")),
        IEnumerable<string> list => Join(list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Join(IEnumerable<string> values) => string.Join("; ", values) is { Length: > 0 } joined ? joined : null;

    public static string? FormatDate(DateOnly? date, DatePrecision? precision) => date switch
    {
        null => null,
        { } d => precision switch
        {
            DatePrecision.Year => d.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };

    private static List<string> Names(IEnumerable<string> names) =>
        names.Distinct(StringComparer.OrdinalIgnoreCase).Order(NameOrder.Instance).ToList();

    private static List<string> Organisations(Entry entry, OrganisationRole role) =>
        entry.Organisations.Where(o => o.Role == role).OrderBy(o => o.Position).ThenBy(o => o.Organisation.Name, StringComparer.Ordinal)
            .Select(o => o.Organisation.Name).ToList();

    private static List<string> Organisations(ResolvedEntry resolved, OrganisationRole role, Func<TermKind, string, string> storedName) =>
        resolved.Organisations.Where(o => o.Role == role).Select(o => storedName(TermKind.Organisation, o.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<RelatedRecord> Related(IEnumerable<(RelationType Type, string Slug, string? Note)> related) =>
        related.DistinctBy(r => (r.Type, r.Slug)).OrderBy(r => r.Type).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new RelatedRecord { Type = r.Type.ToString(), Slug = r.Slug, Note = r.Note }).ToList();

    /// <summary>Case-insensitive, then ordinal, so the order never depends on the machine's culture.</summary>
    private sealed class NameOrder : IComparer<string>
    {
        public static readonly NameOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var result = StringComparer.OrdinalIgnoreCase.Compare(x, y);
            return result != 0 ? result : StringComparer.Ordinal.Compare(x, y);
        }
    }

    /// <summary>Translations ordered by language code; null (left out of the file) when there are none.</summary>
    private static List<TranslationRecord>? Translations(IEnumerable<EntryTranslation> translations)
    {
        var list = translations.OrderBy(t => t.Language, StringComparer.Ordinal)
            .Select(t => new TranslationRecord { Language = t.Language, Title = t.Title, Summary = t.Summary, Description = t.Description }).ToList();
        return list.Count == 0 ? null : list;
    }
}

/// <summary>The curated vocabularies an import may add to.</summary>
public enum TermKind
{
    Audience,
    BeneficiaryGroup,
    Keyword,
    Tag,
    Organisation,
}
