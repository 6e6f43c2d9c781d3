using Catalogue.Core.Entities;

namespace Catalogue.Core.Search;

/// <summary>One result: what the result list shows. <see cref="SnippetHtml"/> is safe HTML (encoded text and &lt;mark&gt;).</summary>
public sealed record SearchHit(
    int Id,
    string Slug,
    string Title,
    EntryKind Kind,
    string Summary,
    string? SnippetHtml,
    string? YearLabel,
    DateTime? PublishedAt,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Countries)
{
    // Countries are ISO 3166 alpha-2 codes, named in the interface language where shown.
    /// <summary>ISO 639-1 language of the title and summary shown (a translation's or the original's), null when not known.</summary>
    public string? TextLanguage { get; init; }
}

/// <summary>
/// One facet value with its count under every other active filter; <see cref="Selected"/> when in the query.
/// <see cref="Key"/> is the URL key that selects it (a region's children are countries or smaller regions).
/// </summary>
public sealed record FacetValue(string Key, string Value, string Label, int Count, bool Selected, IReadOnlyList<FacetValue>? Children = null)
{
    /// <summary>True when this value or one below it is selected.</summary>
    public bool HasSelection => Selected || (Children?.Any(c => c.HasSelection) ?? false);
}

/// <param name="ValueCount">How many values the facet has in all (its list may hold only the first ones, see
/// <see cref="SearchOptions.FacetValueLimit"/>).</param>
public sealed record Facet(string Key, string Title, IReadOnlyList<FacetValue> Values, int ValueCount)
{
    public bool HasSelection => Values.Any(v => v.HasSelection);

    /// <summary>Every value at every level of the facet.</summary>
    public IEnumerable<FacetValue> AllValues() => Values.SelectMany(Flatten);

    private static IEnumerable<FacetValue> Flatten(FacetValue value) => (value.Children ?? []).SelectMany(Flatten).Prepend(value);
}

/// <param name="UndatedLeftOut">With a year range: how many entries without any year the range left out (else null).</param>
public sealed record SearchResults(
    CatalogueQuery Query,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageCount,
    bool PagingCapped,
    IReadOnlyList<Facet> Facets,
    string? DidYouMean,
    int? UndatedLeftOut = null)
{
    /// <summary>True when the database could not be reached and the results were read from the search index alone.</summary>
    public bool FromIndexOnly { get; init; }

    public int FirstIndex => Total == 0 ? 0 : ((Page - 1) * CatalogueQuery.PageSize) + 1;
    public int LastIndex => Math.Min(Total, Page * CatalogueQuery.PageSize);
}

/// <summary>What a search should compute besides the page of results.</summary>
/// <param name="FacetKeys">Which facets to count (keys of <see cref="CatalogueQuery.Keys"/>); null for all.</param>
/// <param name="Hits">Load the page of results; off when a caller only needs the counts.</param>
/// <param name="FacetValueLimit">List at most this many values of a flat facet (in its order), besides the selected ones
/// and those whose label contains the facet's <paramref name="FacetWithin"/> text; null lists them all.</param>
/// <param name="FacetWithin">Per facet key, the text of its "filter within" box.</param>
public sealed record SearchOptions(bool Facets = true, bool Suggestions = true, IReadOnlyCollection<string>? FacetKeys = null, bool Hits = true,
    int? FacetValueLimit = null, IReadOnlyDictionary<string, string>? FacetWithin = null)
{
    public static readonly SearchOptions ResultsOnly = new(false, false);

    /// <summary>How many values of a flat facet the catalogue page lists: 5 at first and 55 more under "Show all".</summary>
    public const int PageFacetValues = 60;

    public bool Counts(string key) => Facets && (FacetKeys is null || FacetKeys.Contains(key));
}
