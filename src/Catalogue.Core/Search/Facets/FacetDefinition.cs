using Catalogue.Core.Search.Indexing;

namespace Catalogue.Core.Search.Facets;

public enum FacetOrder
{
    /// <summary>The vocabulary's own order (SDG targets 4.1 … 4.c, objectives 1 … 23).</summary>
    Natural,

    /// <summary>Most frequent first, then by label.</summary>
    ByCount,
}

/// <summary>
/// Everything the catalogue knows about one facet, in one place: its URL key, how a value in a URL becomes canonical,
/// which values an entry has, how values are labelled and ordered, its place in a hierarchy and its API description.
/// Parsing, URL building, indexing, filtering, counting, the facet panel and the OpenAPI parameter list all read it.
/// </summary>
public sealed record FacetDefinition
{
    /// <summary>The query-string key, e.g. "sdg".</summary>
    public required string Key { get; init; }

    /// <summary>The facet's heading in the catalogue.</summary>
    public required string Title { get; init; }

    /// <summary>How the API reference describes the key.</summary>
    public required string ApiDescription { get; init; }

    /// <summary>The canonical form of a value typed in a URL, or null when the facet has no such value.</summary>
    public required Func<string, string?> Normalise { get; init; }

    /// <summary>Why <see cref="Normalise"/> refused a value, shown to people and (strict mode) to machines.</summary>
    public required string Refusal { get; init; }

    /// <summary>The entry's values for this facet, canonical; the index stores and counts exactly these.</summary>
    public required Func<EntryIndexRecord, IEnumerable<string>> ValuesOf { get; init; }

    public Func<string, string> Label { get; init; } = value => value;

    public FacetOrder Order { get; init; } = FacetOrder.ByCount;

    /// <summary>Position of a value in <see cref="FacetOrder.Natural"/> order.</summary>
    public Func<string, int> Rank { get; init; } = _ => 0;

    /// <summary>
    /// Facets of one group are one filter: their selections are combined with OR, and each is counted with the whole
    /// group's selections left out. Region and country form the group "region"; every other facet is its own group.
    /// </summary>
    public string Group { get; init; } = "";

    /// <summary>The facet and value one level up in a hierarchy (country → intermediate or sub-region → region), or null.</summary>
    public Func<string, (string Key, string Value)?> Parent { get; init; } = _ => null;

    /// <summary>Values the API schema lists as the only ones allowed (closed vocabularies of a few values).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>False for the lower levels of a hierarchy, shown inside the facet of their group's first member.</summary>
    public bool HasOwnPanel { get; init; } = true;

    /// <summary>The group this facet belongs to: <see cref="Group"/>, or its own key.</summary>
    public string GroupKey => Group.Length > 0 ? Group : Key;

    /// <summary>The Lucene field holding the facet's values (indexed for filtering, doc values for counting).</summary>
    public string Field => "f." + Key;
}
