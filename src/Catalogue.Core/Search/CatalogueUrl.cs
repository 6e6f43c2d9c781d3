using System.Globalization;
using System.Text;
using Catalogue.Core.Localization;
using Catalogue.Core.Search.Facets;

namespace Catalogue.Core.Search;

/// <summary>
/// The one writer of search URLs: a <see cref="CatalogueQuery"/> as a query string with the short keys, in a stable
/// order (text, facets in registry order, years, order, page), and the small edits the catalogue's links make.
/// </summary>
public static class CatalogueUrl
{
    public const string CataloguePath = "/catalogue";

    /// <summary>The query string (with a leading "?", or "" when empty).</summary>
    public static string ToQueryString(CatalogueQuery query)
    {
        var builder = new StringBuilder();
        void Add(string key, string value) =>
            builder.Append(builder.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));

        if (query.HasText)
        {
            Add(CatalogueQuery.Keys.Text, query.Text!.Trim());
        }

        foreach (var facet in FacetRegistry.All)
        {
            foreach (var value in query.Values(facet.Key))
            {
                Add(facet.Key, value);
            }
        }

        if (query.YearFrom is { } from)
        {
            Add(CatalogueQuery.Keys.YearFrom, from.ToString(CultureInfo.InvariantCulture));
        }

        if (query.YearTo is { } to)
        {
            Add(CatalogueQuery.Keys.YearTo, to.ToString(CultureInfo.InvariantCulture));
        }

        if (query.Sort != CatalogueSort.Relevance)
        {
            Add(CatalogueQuery.Keys.Sort, query.Sort.ToString().ToLowerInvariant());
        }

        if (query.Page > 1)
        {
            Add(CatalogueQuery.Keys.Page, query.Page.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The address of <paramref name="path"/> (the catalogue page unless given) showing <paramref name="query"/>, in the
    /// current interface language's part of the site (<c>/fr/catalogue?…</c>).
    /// </summary>
    public static string ToUrl(CatalogueQuery query, string path = CataloguePath) => Page(path + ToQueryString(query));

    /// <summary>A site path (with any query) in the current interface language: <c>/about</c> → <c>/ar/about</c> on an Arabic page.</summary>
    public static string Page(string path) => SiteLanguages.Localize(path, SiteLanguages.Current);

    /// <summary>A site path (with any query) in language <paramref name="language"/>.</summary>
    public static string Page(string path, string language) => SiteLanguages.Localize(path, language);

    /// <summary>The catalogue filtered by one facet value, e.g. the entries of SDG target 4.1.</summary>
    public static string Filtered(string key, string value) => ToUrl(new CatalogueQuery().With(key, value));

    /// <summary>A copy with <paramref name="value"/> added to or removed from facet <paramref name="key"/>, back on page 1.</summary>
    public static CatalogueQuery Toggle(CatalogueQuery query, string key, string value)
    {
        var current = query.Values(key);
        var next = current.Contains(value, StringComparer.Ordinal) ? current.Where(v => v != value) : current.Append(value);
        return query.With(key, next) with { Page = 1 };
    }

    /// <summary>The same search without any facet or year filter (text and order kept).</summary>
    public static CatalogueQuery WithoutFilters(CatalogueQuery query) => new() { Text = query.Text, Sort = query.Sort };
}
