namespace Catalogue.Core.Search;

public enum CatalogueSort
{
    /// <summary>Relevance when there is text to rank by, newest otherwise.</summary>
    Relevance,
    Newest,
    Title,
    Updated,
}

/// <summary>
/// A catalogue search: free text, facet selections (OR within a facet, AND across facets), a year range, an order and
/// a page. The same object drives the public catalogue, the API, feeds, exports, citations and OAI-PMH sets. Selected
/// values are in the canonical form of their facet (<see cref="FacetRegistry"/>): codes ("4.1", "TR", "fr", "15"),
/// lower-case kind and scope names, or curated names as stored. Parse URLs with <see cref="CatalogueQueryParser"/> and
/// write them with <see cref="CatalogueUrl"/>.
/// </summary>
public sealed record CatalogueQuery
{
    public const int PageSize = 20;

    public string? Text { get; init; }

    public FacetSelections Selections { get; init; } = FacetSelections.Empty;

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    public CatalogueSort Sort { get; init; } = CatalogueSort.Relevance;

    public int Page { get; init; } = 1;

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>True when a facet value or a year bound is selected (text, order and page aside).</summary>
    public bool HasFilters => !Selections.IsEmpty || YearFrom is not null || YearTo is not null;

    /// <summary>The selected values of facet <paramref name="key"/>, canonical, in the order given.</summary>
    public IReadOnlyList<string> Values(string key) => Selections[key];

    /// <summary>A copy with facet <paramref name="key"/> set to <paramref name="values"/> (already canonical).</summary>
    public CatalogueQuery With(string key, params IEnumerable<string> values) => this with { Selections = Selections.With(key, values) };

    /// <summary>The query-string keys, short and stable; documented in the search README.</summary>
    public static class Keys
    {
        public const string Text = "q";
        public const string Kind = "kind";
        public const string SdgTarget = "sdg";
        public const string SdgIndicator = "ind";
        public const string GcmObjective = "gcm";
        public const string Theme = "theme";
        public const string Audience = "aud";
        public const string Scope = "scope";
        public const string Region = "region";
        public const string Country = "country";
        public const string Keyword = "kw";
        public const string Tag = "tag";
        public const string Language = "lang";
        public const string Organisation = "org";
        public const string Beneficiary = "ben";
        public const string YearFrom = "from";
        public const string YearTo = "to";
        public const string Sort = "sort";
        public const string Page = "page";
    }
}
