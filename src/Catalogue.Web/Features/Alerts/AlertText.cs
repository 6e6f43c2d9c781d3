using System.Globalization;
using Catalogue.Core.Alerts;
using Catalogue.Core.Localization;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using Catalogue.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Catalogue.Web.Features.Alerts;

/// <summary>How alerts speak of a search and of their frequency, in the current interface language.</summary>
public static class AlertText
{
    /// <summary>The search's parts as "Title: value" lines (words first); none for the whole catalogue.</summary>
    public static IReadOnlyList<string> Describe(IStringLocalizer<SiteText> t, CatalogueQuery query)
    {
        var parts = new List<string>();
        if (query.HasText)
        {
            parts.Add(t["Alerts.Search.Words", query.Text!.Trim()]);
        }

        foreach (var facet in FacetRegistry.All)
        {
            parts.AddRange(query.Values(facet.Key).Select(value => $"{t[$"Facet.{facet.Key}"]}: {facet.Label(value)}"));
        }

        if (query.YearFrom is { } from)
        {
            parts.Add($"{t["Filters.From"]}: {from.ToString(CultureInfo.InvariantCulture)}");
        }

        if (query.YearTo is { } to)
        {
            parts.Add($"{t["Filters.To"]}: {to.ToString(CultureInfo.InvariantCulture)}");
        }

        return parts;
    }

    public static string Frequency(IStringLocalizer<SiteText> t, AlertFrequency frequency) => t[$"Alerts.Frequency.{frequency}"];

    /// <summary>The stored form of a search: the catalogue's query string without page or order.</summary>
    public static string StoredSearch(CatalogueQuery query) => CatalogueUrl.ToQueryString(query with { Page = 1, Sort = CatalogueSort.Relevance });
}
