using Catalogue.Core.Entities;

namespace Catalogue.Core.ImportExport;

/// <summary>An import record whose every value is checked and mapped: ready to be compared and stored.</summary>
public sealed class ResolvedEntry
{
    public required int Line { get; init; }
    public required string Slug { get; init; }
    public string? ExternalId { get; init; }
    public required EntryKind Kind { get; init; }
    public required EntryStatus Status { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Description { get; init; }
    public string? OriginalLanguage { get; init; }
    public IReadOnlyList<EntryTranslation> Translations { get; init; } = [];
    public DateOnly? PublicationDate { get; init; }
    public DatePrecision? PublicationDatePrecision { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public string? SourceUrl { get; init; }
    public string? DocumentUrl { get; init; }
    public string? EvaluationUrl { get; init; }
    public GeographicScope? GeographicScope { get; init; }
    public bool WorkstreamOutput { get; init; }
    public bool RegionalReviewProcess { get; init; }
    public bool GoodPractice { get; init; }
    public string? LessonsLearned { get; init; }

    public required IReadOnlyList<Language> Languages { get; init; }
    public required IReadOnlyList<Region> Regions { get; init; }
    public required IReadOnlyList<Country> Countries { get; init; }
    public required IReadOnlyList<ActivityArea> ActivityAreas { get; init; }
    public required IReadOnlyList<SdgTarget> SdgTargets { get; init; }
    public required IReadOnlyList<SdgIndicator> SdgIndicators { get; init; }
    public required IReadOnlyList<GcmObjective> GcmObjectives { get; init; }
    public required IReadOnlyList<GuidingPrinciple> Themes { get; init; }

    public required IReadOnlyList<string> Audiences { get; init; }
    public required IReadOnlyList<string> BeneficiaryGroups { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<(OrganisationRole Role, string Name)> Organisations { get; init; }
    public required IReadOnlyList<(RelationType Type, string Slug, string? Note)> Related { get; init; }
}
