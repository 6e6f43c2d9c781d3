using Catalogue.Core.Entities;

namespace Catalogue.Core.Search.Indexing;

/// <summary>
/// What the search index holds of one entry: its texts, the values of every facet, its years and the dates it is
/// sorted by. Read from PostgreSQL by <see cref="EntryIndexLoader"/>; the facet registry derives facet values from it.
/// </summary>
public sealed record EntryIndexRecord
{
    public required int Id { get; init; }
    public required EntryKind Kind { get; init; }
    public required EntryStatus Status { get; init; }
    public required string Title { get; init; }
    public string Slug { get; init; } = "";
    public required string Summary { get; init; }
    public string? Description { get; init; }
    public DateOnly? PublicationDate { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public GeographicScope? Scope { get; init; }
    public DateTime? PublishedAt { get; init; }
    public DateTime UpdatedAt { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Title, summary and description in other languages: searchable like the original, each analysed in its own language.</summary>
    public IReadOnlyList<EntryTranslation> Translations { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> SdgTargets { get; init; } = [];
    public IReadOnlyList<string> SdgIndicators { get; init; } = [];
    public IReadOnlyList<int> GcmObjectives { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public IReadOnlyList<string> BeneficiaryGroups { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>
    /// The years the entry covers: its publication year, or for entries without a publication date the span from its
    /// start year to its end year (one of them standing for both when the other is missing); null when undated.
    /// </summary>
    public (int From, int To)? Years => (PublicationDate, StartYear, EndYear) switch
    {
        ({ } date, _, _) => (date.Year, date.Year),
        (null, { } start, { } end) => (Math.Min(start, end), Math.Max(start, end)),
        (null, { } start, null) => (start, start),
        (null, null, { } end) => (end, end),
        _ => null,
    };

    /// <summary>The entry's own prose (title, summary, description): what tells the language it is written in.</summary>
    public string Text => TextOf(Title, Summary, Description);

    public static string TextOf(string title, string summary, string? description) => title + "\n" + summary + "\n" + description;

    /// <summary>Keywords, tags and organisation names: the texts weighted just below the title.</summary>
    public IEnumerable<string> Terms => Keywords.Concat(Tags).Concat(Organisations);
}
