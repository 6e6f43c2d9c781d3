using System.Globalization;
using Catalogue.Core.Search;

namespace Catalogue.Web.Features.OpenData;

/// <summary>
/// Reads the catalogue's query keys for the API, feeds, exports and citations with the one parser
/// (<see cref="CatalogueQueryParser"/>) in strict mode: a value the catalogue page would ignore, or a key it does not
/// know, is a 400 naming the key, so a typo never silently widens a harvest. A value repeats its key for OR within a
/// facet (<c>?sdg=4.1&amp;sdg=4.2</c>).
/// </summary>
public static class OpenDataQuery
{
    /// <param name="endpointKeys">The endpoint's own keys (e.g. pageSize), read by the endpoint itself.</param>
    public static ParsedCatalogueQuery Parse(IQueryCollection query, params string[] endpointKeys) =>
        CatalogueQueryParser.Parse(query.Select(p => new KeyValuePair<string, string?[]>(p.Key, p.Value.ToArray())), QueryParseMode.Strict, endpointKeys);

    /// <summary>A whole number in [min, max]; null when the key is absent, an error when it is anything else.</summary>
    public static int? PositiveInt(IQueryCollection query, string key, int min, int max, IDictionary<string, string[]> errors)
    {
        var text = query.TryGetValue(key, out var values) ? values.LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[key] = [$"'{text}' is not a whole number from {min} to {max}."];
        return null;
    }

    /// <summary>The search's query string for links (feed self link, next page …), in the URL builder's form, without paging.</summary>
    public static string ToQueryString(CatalogueQuery query) => CatalogueUrl.ToQueryString(query with { Page = 1 });
}
