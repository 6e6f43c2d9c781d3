using Catalogue.Core.Entities;

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
/// A catalogue search: free text plus facet selections (OR within a facet, AND across facets). The same object
/// drives the public catalogue, exports, feeds and the API; its URL form uses the short keys in <see cref="Keys"/>.
/// Values are codes or names: SDG target "4.1", indicator "4.1.1", GCM objective number, theme (guiding principle)
/// name, audience/keyword/tag/organisation/beneficiary name, region M49 code, country ISO alpha-2,
/// language ISO 639-1, scope name, kind name.
/// </summary>
public sealed record CatalogueQuery
{
    public const int PageSize = 20;

    public string? Text { get; init; }
    public IReadOnlyList<EntryKind> Kinds { get; init; } = [];
    public IReadOnlyList<string> SdgTargets { get; init; } = [];
    public IReadOnlyList<string> SdgIndicators { get; init; } = [];
    public IReadOnlyList<int> GcmObjectives { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Audiences { get; init; } = [];
    public IReadOnlyList<GeographicScope> Scopes { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> BeneficiaryGroups { get; init; } = [];
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public CatalogueSort Sort { get; init; } = CatalogueSort.Relevance;
    public int Page { get; init; } = 1;

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>The query-string keys, short and stable; documented in the README.</summary>
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
