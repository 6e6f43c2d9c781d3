namespace Catalogue.Core.OpenData;

/// <summary>
/// A published entry as the open-data formats (API, feeds, citations, OAI-PMH, JSON-LD) expose it.
/// Property names are part of the public API contract: rename only with a new API version.
/// </summary>
public sealed record EntryDocument
{
    public required int Id { get; init; }
    public required string Slug { get; init; }
    /// <summary>Lower-case kind name: publication, programme, event, tool, research.</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Description { get; init; }
    /// <summary>ISO 639-1 language of title, summary and description; null when not stated.</summary>
    public string? OriginalLanguage { get; init; }
    /// <summary>Title, summary and description in other languages (ordered by language code).</summary>
    public IReadOnlyList<TranslationDocument> Translations { get; init; } = [];
    /// <summary>ISO date, cut to its precision: "2019", "2019-05" or "2019-05-14".</summary>
    public string? PublicationDate { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public string? SourceUrl { get; init; }
    public string? DocumentUrl { get; init; }
    public string? EvaluationUrl { get; init; }
    public string? GeographicScope { get; init; }
    public bool IsGoodPractice { get; init; }
    /// <summary>Markdown, as the entry's curators wrote it.</summary>
    public string? LessonsLearned { get; init; }
    /// <summary>An output of a workstream of the UN Network on Migration.</summary>
    public bool WorkstreamOutput { get; init; }
    /// <summary>Part of a regional review process of the Global Compact for Migration.</summary>
    public bool RegionalReviewProcess { get; init; }
    public DateTime? PublishedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
    public IReadOnlyList<CodedTerm> SdgTargets { get; init; } = [];
    public IReadOnlyList<CodedTerm> SdgIndicators { get; init; } = [];
    public IReadOnlyList<CodedTerm> GcmObjectives { get; init; } = [];
    public IReadOnlyList<CodedTerm> Themes { get; init; } = [];
    public IReadOnlyList<CodedTerm> ActivityAreas { get; init; } = [];
    public IReadOnlyList<CodedTerm> Regions { get; init; } = [];
    public IReadOnlyList<CodedTerm> Countries { get; init; } = [];
    public IReadOnlyList<CodedTerm> Languages { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public IReadOnlyList<string> BeneficiaryGroups { get; init; } = [];
    public IReadOnlyList<EntryOrganisationRef> Organisations { get; init; } = [];

    /// <summary>Typed links to and from other published entries (a link to an unpublished entry is never shown).</summary>
    public IReadOnlyList<EntryLinkRef> Links { get; init; } = [];

    public IEnumerable<string> OrganisationsIn(string role) =>
        Organisations.Where(o => o.Role == role).Select(o => o.Name);

    /// <summary>The year the entry is dated by: its publication year, else the programme's start year.</summary>
    public int? Year => PublicationDate is { Length: >= 4 } date ? int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) : StartYear;
}

/// <summary>A value of an official or curated vocabulary: code ("4.1", "15", "TR", "en") and label.</summary>
public sealed record CodedTerm(string Code, string Label);

/// <summary>An organisation's part in an entry; role is author, publisher, implementer, partner or donor.</summary>
public sealed record EntryOrganisationRef(string Name, string Role);

/// <summary>
/// A typed link to another published entry, read from this entry: <c>relation</c> is launches, launchedBy, partOf, hasPart,
/// evaluates, evaluatedBy, translationOf, translatedAs, describedIn, describes or relatedTo; <c>note</c> says where in the
/// other entry this one is found ("section 5.1 (a)").
/// </summary>
public sealed record EntryLinkRef(string Relation, string Slug, string Title, string Kind, string? Note);

/// <summary>An entry's title, summary and description in one other language (ISO 639-1).</summary>
public sealed record TranslationDocument(string Language, string Title, string Summary, string? Description);
