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

    /// <summary>The picture of a search (same keys as the catalogue), and its key naming the region whose parts the matrices show.</summary>
    public const string InsightsPath = "/insights";

    public const string DrillKey = "drill";

    /// <summary>The subscribe page of e-mail alerts, taking the catalogue's keys.</summary>
    public const string AlertPath = "/alerts/subscribe";

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

    /// <summary>The insights page of a search (any page and order dropped), optionally drilled into a region's parts.</summary>
    public static string Insights(CatalogueQuery query, string? drill = null) => Page(InsightsPath + InsightsQueryString(query, drill));

    /// <summary>The CSV download of one table of the insights page of a search (<c>/insights/targets.csv?kind=programme</c>).</summary>
    public static string InsightsCsv(string table, CatalogueQuery query, string? drill = null) =>
        Page($"{InsightsPath}/{table}.csv{InsightsQueryString(query, drill)}");

    private static string InsightsQueryString(CatalogueQuery query, string? drill)
    {
        var search = ToQueryString(query with { Page = 1, Sort = CatalogueSort.Relevance });
        return search + (drill is null ? "" : (search.Length == 0 ? "?" : "&") + DrillKey + "=" + Uri.EscapeDataString(drill));
    }

    /// <summary>The page that makes an e-mail alert of a search (any page and order dropped).</summary>
    public static string Alert(CatalogueQuery query) => Page(AlertPath + ToQueryString(query with { Page = 1, Sort = CatalogueSort.Relevance }));

    /// <summary>
    /// A copy narrowed to one value of facet <paramref name="key"/>: that value replaces every selection of its group (a
    /// country replaces the region selections), back on page 1. A count made without the group's selections is this
    /// search's total.
    /// </summary>
    public static CatalogueQuery Only(CatalogueQuery query, string key, string value)
    {
        var narrowed = query;
        foreach (var facet in FacetRegistry.InGroup(FacetRegistry.Get(key).GroupKey))
        {
            narrowed = narrowed.With(facet.Key, facet.Key == key ? [value] : []);
        }

        return narrowed with { Page = 1 };
    }

    /// <summary>A copy without the selections of the group of facet <paramref name="key"/> (the year range for "year"), back on page 1.</summary>
    public static CatalogueQuery Without(CatalogueQuery query, string key)
    {
        if (FacetRegistry.Find(key) is not { } facet)
        {
            return query with { YearFrom = null, YearTo = null, Page = 1 };
        }

        var widened = query;
        foreach (var member in FacetRegistry.InGroup(facet.GroupKey))
        {
            widened = widened.With(member.Key, []);
        }

        return widened with { Page = 1 };
    }

    /// <summary>A copy narrowed to the entries of one year (the year range replaced), back on page 1.</summary>
    public static CatalogueQuery OnlyYear(CatalogueQuery query, int year) => query with { YearFrom = year, YearTo = year, Page = 1 };
}
