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
    IReadOnlyList<string> Countries);

/// <summary>One facet value with its count under every other active filter; <see cref="Selected"/> when in the query.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected, IReadOnlyList<FacetValue>? Children = null);

public sealed record Facet(string Key, string Title, IReadOnlyList<FacetValue> Values)
{
    public bool HasSelection => Values.Any(v => v.Selected || (v.Children?.Any(c => c.Selected) ?? false));
}

public sealed record SearchResults(
    CatalogueQuery Query,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageCount,
    bool PagingCapped,
    IReadOnlyList<Facet> Facets,
    string? DidYouMean)
{
    public int FirstIndex => Total == 0 ? 0 : ((Page - 1) * CatalogueQuery.PageSize) + 1;
    public int LastIndex => Math.Min(Total, Page * CatalogueQuery.PageSize);
}

/// <summary>What a search should compute besides the page of results.</summary>
/// <param name="FacetKeys">Which facets to count (keys of <see cref="CatalogueQuery.Keys"/>); null for all.</param>
/// <param name="UseCache">Reuse the total and facet counts of the same search at the same catalogue version.</param>
/// <param name="Hits">Load the page of results; off when a caller only needs the counts.</param>
/// <param name="RecordUse">Count this search towards the most used ones, which are recounted after each change.</param>
public sealed record SearchOptions(bool Facets = true, bool Suggestions = true, IReadOnlyCollection<string>? FacetKeys = null, bool UseCache = true, bool Hits = true,
    bool RecordUse = true)
{
    public static readonly SearchOptions ResultsOnly = new(false, false);

    public bool Counts(string key) => Facets && (FacetKeys is null || FacetKeys.Contains(key));
}
