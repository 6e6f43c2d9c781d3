using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Core.Entities;

namespace Catalogue.Core.Curation;

/// <summary>An organisation named on an entry, with its part in it.</summary>
public sealed record OrganisationLink(string Name, OrganisationRole Role);

/// <summary>A typed link from this entry to another, by the other entry's slug; <see cref="Note"/> says where in it ("section 5.1 (a)").</summary>
public sealed record EntryLink(RelationType Type, string Slug, string? Note = null);

/// <summary>Every editable field of an entry, by value (codes and names); also the shape of a history snapshot.</summary>
public sealed partial class EntryEditModel
{
    public EntryKind Kind { get; set; } = EntryKind.Publication;
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? ExternalId { get; set; }
    public string Summary { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public DatePrecision? PublicationDatePrecision { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? SourceUrl { get; set; }
    public string? DocumentUrl { get; set; }
    public string? EvaluationUrl { get; set; }
    public GeographicScope? GeographicScope { get; set; }
    public bool WorkstreamOutput { get; set; }
    public bool RegionalReviewProcess { get; set; }
    public bool IsGoodPractice { get; set; }
    public string? LessonsLearned { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> Regions { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public List<string> Audiences { get; set; } = [];
    public List<string> BeneficiaryGroups { get; set; } = [];
    public List<string> ActivityAreas { get; set; } = [];
    public List<string> SdgTargets { get; set; } = [];
    public List<string> SdgIndicators { get; set; } = [];
    public List<int> GcmObjectives { get; set; } = [];
    public List<string> Themes { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public List<OrganisationLink> Organisations { get; set; } = [];
    public List<EntryLink> Links { get; set; } = [];

    /// <summary>ISO 639-1 code of the language the title, summary and description are written in; null when not stated.</summary>
    public string? OriginalLanguage { get; set; }

    /// <summary>The title, summary and description in other languages, at most one per language (see <see cref="TranslationRules"/>).</summary>
    public List<EntryTranslation> Translations { get; set; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly PropertyInfo[] Fields = typeof(EntryEditModel).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static EntryEditModel From(Entry entry) => new()
    {
        Kind = entry.Kind,
        Title = entry.Title,
        Slug = entry.Slug,
        ExternalId = entry.ExternalId,
        Summary = entry.Summary,
        Description = entry.Description,
        PublicationDate = entry.PublicationDate,
        PublicationDatePrecision = entry.PublicationDatePrecision,
        StartYear = entry.StartYear,
        EndYear = entry.EndYear,
        SourceUrl = entry.SourceUrl,
        DocumentUrl = entry.DocumentUrl,
        EvaluationUrl = entry.EvaluationUrl,
        GeographicScope = entry.GeographicScope,
        WorkstreamOutput = entry.WorkstreamOutput,
        RegionalReviewProcess = entry.RegionalReviewProcess,
        IsGoodPractice = entry.IsGoodPractice,
        LessonsLearned = entry.LessonsLearned,
        Languages = entry.Languages.Select(l => l.Code).Order(StringComparer.Ordinal).ToList(),
        Regions = entry.Regions.Select(r => r.Code).Order(StringComparer.Ordinal).ToList(),
        Countries = entry.Countries.Select(c => c.Alpha2).Order(StringComparer.Ordinal).ToList(),
        Audiences = entry.Audiences.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(),
        BeneficiaryGroups = entry.BeneficiaryGroups.Select(b => b.Name).Order(StringComparer.Ordinal).ToList(),
        ActivityAreas = entry.ActivityAreas.Select(a => a.Code).Order(StringComparer.Ordinal).ToList(),
        SdgTargets = entry.SdgTargets.Select(t => t.Code).Order(StringComparer.Ordinal).ToList(),
        SdgIndicators = entry.SdgIndicators.Select(i => i.Code).Order(StringComparer.Ordinal).ToList(),
        GcmObjectives = entry.GcmObjectives.Select(o => o.Number).Order().ToList(),
        Themes = entry.Themes.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
        Keywords = entry.Keywords.Select(k => k.Name).Order(StringComparer.Ordinal).ToList(),
        Tags = entry.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
        Organisations = entry.Organisations.OrderBy(o => o.Position).Select(o => new OrganisationLink(o.Organisation.Name, o.Role)).ToList(),
        Links = entry.Relations.Where(r => r.ToEntry is not null)
            .OrderBy(r => r.Type).ThenBy(r => r.ToEntry.Slug, StringComparer.Ordinal)
            .Select(r => new EntryLink(r.Type, r.ToEntry.Slug, r.Note)).ToList(),
        OriginalLanguage = entry.OriginalLanguage,
        Translations = entry.Translations.OrderBy(t => t.Language, StringComparer.Ordinal)
            .Select(t => new EntryTranslation { Language = t.Language, Title = t.Title, Summary = t.Summary, Description = t.Description }).ToList(),
    };

    public EntryEditModel Clone() => FromJson(ToJson());

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EntryEditModel FromJson(string json) => JsonSerializer.Deserialize<EntryEditModel>(json, Json) ?? new EntryEditModel();

    /// <summary>The fields whose values differ, each as display text (lists joined with "; ").</summary>
    public static IReadOnlyList<FieldChange> Diff(EntryEditModel before, EntryEditModel after) => Fields
        .Select(p => new FieldChange(p.Name, Display(p.GetValue(before)), Display(p.GetValue(after))))
        .Where(c => c.Old != c.New)
        .ToList();

    private static string? Display(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        OrganisationLink o => $"{o.Name} ({o.Role})",
        // Every text of a translation, so that changing only its description still counts as a change.
        EntryTranslation t => string.Join(" — ", new[] { t.Language + ": " + t.Title, t.Summary, t.Description ?? "" }.Where(x => x.Length > 0)),
        EntryLink l => $"{RelationLabels.Of(l.Type, outgoing: true)} {l.Slug}{(string.IsNullOrWhiteSpace(l.Note) ? "" : $" ({l.Note})")}",
        System.Collections.IEnumerable list => string.Join("; ", list.Cast<object>().Select(Display)) is { Length: > 0 } joined ? joined : null,
        bool b => b ? "yes" : "no",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>One field of an entry changed: its old and new value as display text.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
