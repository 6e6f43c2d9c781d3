namespace Catalogue.Core.Search.Indexing;

/// <summary>The names of the index's fields and the layout version (raise it when fields or analysis change: the index is then rebuilt).</summary>
public static class IndexFields
{
    /// <summary>Stored in every commit; an index of another layout is rebuilt at start.</summary>
    public const int LayoutVersion = 4;

    /// <summary>The entry id as a term (to replace or delete the document) and as doc values (to map hits to entries).</summary>
    public const string Id = "id";

    /// <summary>First publication (or last update when never published) in ticks: "newest".</summary>
    public const string Published = "published";

    public const string Updated = "updated";

    /// <summary>The title lower-cased with accents folded: "title" order.</summary>
    public const string TitleSort = "title_sort";

    /// <summary>First and last year the entry covers (0 when undated).</summary>
    public const string YearFrom = "year_from";

    public const string YearTo = "year_to";

    /// <summary>Every word of every text, unstemmed and folded: prefix matching and "did you mean".</summary>
    public const string Words = "words";

    /// <summary>
    /// Every text of the entry (title, keywords/tags/organisations, summary, description) in one field, in the entry's
    /// language ("all.fr"): what a word must match, and the base of its score (so the description counts least).
    /// </summary>
    public const string All = "all";

    /// <summary>The texts that weigh more, each also in a field of its own with the weight it adds to a match in it.</summary>
    public static IReadOnlyList<(string Name, float Weight)> Weighted { get; } =
    [
        ("title", 4f),
        ("terms", 2f),
        ("summary", 1f),
    ];

    public static string Text(string name, string language) => name + "." + language;

    /// <summary>
    /// Stored copies of what a result card shows, read only while PostgreSQL cannot be reached (the page then says its
    /// results come from the index); otherwise cards are read from PostgreSQL.
    /// </summary>
    public static class Card
    {
        public const string Slug = "card.slug";
        public const string Title = "card.title";
        public const string Kind = "card.kind";
        public const string Summary = "card.summary";
        public const string Year = "card.year";
        public const string Targets = "card.targets";
        public const string Countries = "card.countries";
        public const string Language = "card.language";
    }

    /// <summary>Commit user data keys.</summary>
    public const string LayoutKey = "layout";
    public const string CatalogueKey = "catalogue";
    public const string WatermarkKey = "watermark";
}
