using System.Text.Json.Serialization;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// One entry in the import/export format (docs/import-export.md). Properties are declared in the canonical order
/// the JSON export writes them. Parsers fill it with values as people typed them; <see cref="EntryResolver"/> turns
/// it into the canonical form (codes, sorted lists) that export writes and re-import compares against.
/// </summary>
public sealed class EntryRecord
{
    public string? Slug { get; set; }

    /// <summary>Optional upsert key besides the slug; omitted from the JSON when not set.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExternalId { get; set; }

    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }

    /// <summary>ISO 639-1 code of the language of title, summary and description.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginalLanguage { get; set; }

    /// <summary>Title, summary and description in other languages; left out when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TranslationRecord>? Translations { get; set; }
    public string? PublicationDate { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? SourceUrl { get; set; }
    public string? DocumentUrl { get; set; }
    public string? EvaluationUrl { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? GeographicScope { get; set; }
    public List<string> Regions { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public List<string> Audiences { get; set; } = [];
    public List<string> Authors { get; set; } = [];
    public List<string> Publishers { get; set; } = [];
    public List<string> Implementers { get; set; } = [];
    public List<string> Partners { get; set; } = [];
    public List<string> Donors { get; set; } = [];
    public List<string> BeneficiaryGroups { get; set; } = [];
    public List<string> ActivityAreas { get; set; } = [];
    public List<string> SdgTargets { get; set; } = [];
    public List<string> SdgIndicators { get; set; } = [];

    /// <summary>Numbers in the canonical form; "Objective 15" or a title are accepted on import.</summary>
    [JsonConverter(typeof(NumberOrStringListConverter))]
    public List<string> GcmObjectives { get; set; } = [];

    public List<string> Themes { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public bool WorkstreamOutput { get; set; }
    public bool RegionalReviewProcess { get; set; }
    public bool GoodPractice { get; set; }
    public string? LessonsLearned { get; set; }
    public List<RelatedRecord> Related { get; set; } = [];

    /// <summary>The SDG goals the source named ("SDG.4 - Quality Education"): accepted, checked and not stored.</summary>
    [JsonIgnore]
    public List<string> Goals { get; set; } = [];
}

/// <summary>A typed link to another entry, by slug.</summary>
public sealed class TranslationRecord
{
    public string? Language { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; set; }
}

public sealed class RelatedRecord
{
    public string? Type { get; set; }
    public string? Slug { get; set; }

    /// <summary>Where in the other entry this one is found ("section 5.1 (a)"); omitted from the JSON when not set.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
}

/// <summary>An entry as read from a file, with the line it starts on and, where known, the line of each field's values.</summary>
public sealed record ImportRecord(int Line, EntryRecord Entry)
{
    /// <summary>Line per field name (text format), so a rejection can name the exact line.</summary>
    public Dictionary<string, int> FieldLines { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Some fields could not be read (already reported): the entry's other problems are listed, but it is never stored.</summary>
    public bool HasReadProblems { get; init; }

    public int LineOf(string field, int index = -1) =>
        index >= 0 && FieldLines.TryGetValue($"{field}#{index}", out var valueLine) ? valueLine
        : FieldLines.TryGetValue(field, out var line) ? line
        : Line;
}
