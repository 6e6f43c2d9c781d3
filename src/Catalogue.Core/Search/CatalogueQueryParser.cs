using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.Search.Facets;

namespace Catalogue.Core.Search;

public enum QueryParseMode
{
    /// <summary>For people (the catalogue page): what cannot be used is left out and listed; the rest of the search runs.</summary>
    Tolerant,

    /// <summary>For machines (API, feeds, exports, citations, OAI-PMH sets): anything unusable is an error naming its key,
    /// so a typo never silently widens a harvest.</summary>
    Strict,
}

/// <summary>A query-string parameter that could not be used, with the reason.</summary>
public sealed record IgnoredParameter(string Key, string Value, string Reason)
{
    public string Message => Value.Length == 0 ? Reason : $"'{Value}': {Reason}";
}

/// <param name="Problems">What could not be used: ignored in tolerant mode, errors in strict mode.</param>
public sealed record ParsedCatalogueQuery(CatalogueQuery Query, IReadOnlyList<IgnoredParameter> Problems)
{
    /// <summary>The problems by key, for a problem+json "errors" member.</summary>
    public IDictionary<string, string[]> Errors => Problems.GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);

    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// The one reader of the catalogue's query keys (<see cref="CatalogueQuery.Keys"/>): facet values are checked and made
/// canonical by the facet registry, then years, order and page. Never throws. Values of one key are combined with OR;
/// a key may repeat. In <see cref="QueryParseMode.Strict"/> mode every problem is an error; in tolerant mode it is
/// left out and reported, and control characters are dropped.
/// </summary>
public static class CatalogueQueryParser
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;
    public const int MaxTextLength = 300;
    public const int MaxValuesPerKey = 50;

    /// <summary>The key problems with the key itself are reported under (a key with control characters).</summary>
    public const string QueryKey = "query";

    private static readonly HashSet<string> ScalarKeys =
    [
        CatalogueQuery.Keys.Text, CatalogueQuery.Keys.YearFrom, CatalogueQuery.Keys.YearTo, CatalogueQuery.Keys.Sort, CatalogueQuery.Keys.Page,
    ];

    public static ParsedCatalogueQuery Parse(IEnumerable<KeyValuePair<string, string?[]>> parameters, QueryParseMode mode = QueryParseMode.Tolerant,
        IReadOnlyCollection<string>? otherKeys = null)
    {
        var strict = mode == QueryParseMode.Strict;
        var problems = new List<IgnoredParameter>();
        var raw = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (rawKey, rawValues) in parameters)
        {
            if (StoredText.HasForbiddenCharacter(rawKey))
            {
                problems.Add(new IgnoredParameter(QueryKey, "", "a parameter name " + StoredText.Problem));
                continue;
            }

            var key = strict ? rawKey : rawKey.Trim().ToLowerInvariant();
            if (otherKeys?.Contains(key) == true)
            {
                continue;
            }

            foreach (var given in rawValues)
            {
                var value = (given ?? "").Trim();
                if (StoredText.HasForbiddenCharacter(value))
                {
                    if (strict)
                    {
                        problems.Add(new IgnoredParameter(key, "", "the value " + StoredText.Problem));
                        continue;
                    }

                    // Control characters never belong in a search; people get the rest of what they typed.
                    value = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
                }

                if (value.Length == 0)
                {
                    continue;
                }

                if (!ScalarKeys.Contains(key) && FacetRegistry.Find(key) is null)
                {
                    problems.Add(new IgnoredParameter(key, value, "unknown parameter"));
                    continue;
                }

                if (!raw.TryGetValue(key, out var list))
                {
                    raw[key] = list = [];
                }

                if (list.Count >= MaxValuesPerKey)
                {
                    problems.Add(new IgnoredParameter(key, value, $"at most {MaxValuesPerKey} values per filter"));
                    continue;
                }

                list.Add(value);
            }
        }

        IReadOnlyList<string> Raw(string key) => raw.TryGetValue(key, out var list) ? list : [];

        var selections = FacetSelections.Empty;
        foreach (var facet in FacetRegistry.All)
        {
            var values = new List<string>();
            foreach (var value in Raw(facet.Key))
            {
                if (facet.Normalise(value) is { } canonical)
                {
                    values.Add(canonical);
                }
                else
                {
                    var allowed = facet.AllowedValues is { } list ? $"; use one of: {string.Join(", ", list)}" : "";
                    problems.Add(new IgnoredParameter(facet.Key, value, facet.Refusal + allowed));
                }
            }

            selections = selections.With(facet.Key, values);
        }

        var text = string.Join(' ', Raw(CatalogueQuery.Keys.Text));
        if (text.Length > MaxTextLength)
        {
            problems.Add(new IgnoredParameter(CatalogueQuery.Keys.Text, text[MaxTextLength..], $"the search text is cut at {MaxTextLength} characters"));
            text = text[..MaxTextLength];
        }

        var query = new CatalogueQuery
        {
            Text = text.Length == 0 ? null : text,
            Selections = selections,
            YearFrom = Last(CatalogueQuery.Keys.YearFrom, Year, $"not a year from {MinYear} to {MaxYear}"),
            YearTo = Last(CatalogueQuery.Keys.YearTo, Year, $"not a year from {MinYear} to {MaxYear}"),
            Sort = Last(CatalogueQuery.Keys.Sort, Sort, "unknown order; use one of: relevance, newest, title, updated") ?? CatalogueSort.Relevance,
            Page = Last(CatalogueQuery.Keys.Page, PageNumber, "not a page number") ?? 1,
        };

        if (query.YearFrom > query.YearTo)
        {
            // Machines are told about the pair under "from"; people keep the start year and lose the end year.
            var key = strict ? CatalogueQuery.Keys.YearFrom : CatalogueQuery.Keys.YearTo;
            problems.Add(new IgnoredParameter(key, query.YearTo.Value.ToString(CultureInfo.InvariantCulture),
                $"the end year {query.YearTo} is before the start year {query.YearFrom}"));
            query = query with { YearTo = null };
        }

        return new ParsedCatalogueQuery(query, problems);

        T? Last<T>(string key, Func<string, T?> convert, string reason)
            where T : struct
        {
            T? result = null;
            foreach (var value in Raw(key))
            {
                if (convert(value) is { } converted)
                {
                    result = converted;
                }
                else
                {
                    problems.Add(new IgnoredParameter(key, value, reason));
                }
            }

            return result;
        }
    }

    /// <summary>Parses a raw query string such as <c>?q=school&amp;sdg=4.1</c>.</summary>
    public static ParsedCatalogueQuery Parse(string? queryString, QueryParseMode mode = QueryParseMode.Tolerant, IReadOnlyCollection<string>? otherKeys = null)
    {
        var pairs = new List<KeyValuePair<string, string?[]>>();
        foreach (var part in (queryString ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            var key = Decode(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? "" : Decode(part[(equals + 1)..]);
            pairs.Add(new(key, [value]));
        }

        return Parse(pairs, mode, otherKeys);
    }

    private static int? Year(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear ? year : null;

    private static int? PageNumber(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;

    private static CatalogueSort? Sort(string value) =>
        !int.TryParse(value, out _) && Enum.TryParse<CatalogueSort>(value, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : null;

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
