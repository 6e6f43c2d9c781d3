using Catalogue.Core.OpenData;

namespace Catalogue.Web.Features.OpenData.Api;

/// <summary>One page of a catalogue search with disjunctive facet counts (keyed by query key: kind, sdg, gcm, country, lang, kw).</summary>
public sealed record EntryListResponse(
    int Page,
    int PageSize,
    int Total,
    int TotalPages,
    IReadOnlyList<EntryDocument> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    EntryListLinks Links);

public sealed record EntryListLinks(string Self, string? Next, string? Previous, string Atom, string Ris, string BibTex);

public sealed record TaxonomyIndexResponse(IReadOnlyList<TaxonomyLink> Taxonomies);

public sealed record TaxonomyLink(string Name, string Href);
