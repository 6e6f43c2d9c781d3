using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Microsoft.Extensions.Primitives;

namespace Catalogue.Web.Features.OpenData;

/// <summary>
/// Reads the catalogue's query-string keys (<see cref="CatalogueQuery.Keys"/>) for the API, feeds and citations.
/// A value repeats its key for OR within a facet (<c>?sdg=4.1&amp;sdg=4.2</c>).
/// Unlike the catalogue page's <see cref="CatalogueQueryString"/> (which ignores what it cannot use and says so on
/// the page), machines get a 400 naming the key for a malformed value, so a typo never silently widens a harvest.
/// </summary>
public static class OpenDataQuery
{
    public sealed record Result(CatalogueQuery Query, IDictionary<string, string[]> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static Result Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, values) in query)
        {
            if (StoredText.HasForbiddenCharacter(key) || values.Any(StoredText.HasForbiddenCharacter))
            {
                // Never searched for: PostgreSQL refuses NUL in any text it is given.
                errors[StoredText.HasForbiddenCharacter(key) ? "query" : key] = ["The value " + StoredText.Problem + "."];
            }
        }

        if (errors.Count > 0)
        {
            return new(new CatalogueQuery(), errors);
        }

        IReadOnlyList<string> Strings(string key) =>
            query[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();

        IReadOnlyList<TEnum> Enums<TEnum>(string key) where TEnum : struct, Enum
        {
            var values = new List<TEnum>();
            foreach (var text in Strings(key))
            {
                if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
                {
                    values.Add(value);
                }
                else
                {
                    errors[key] = [$"'{text}' is not a known {key}. Use one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}."];
                }
            }

            return values;
        }

        int? Year(string key)
        {
            var text = Single(query, key);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
            {
                return year;
            }

            errors[key] = [$"'{text}' is not a year (1900–2200)."];
            return null;
        }

        var gcm = new List<int>();
        foreach (var text in Strings(CatalogueQuery.Keys.GcmObjective))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 23)
            {
                gcm.Add(number);
            }
            else
            {
                errors[CatalogueQuery.Keys.GcmObjective] = [$"'{text}' is not a GCM objective number (1–23)."];
            }
        }

        var sort = CatalogueSort.Relevance;
        if (Single(query, CatalogueQuery.Keys.Sort) is { } sortText
            && (int.TryParse(sortText, out _) || !Enum.TryParse(sortText, ignoreCase: true, out sort)))
        {
            errors[CatalogueQuery.Keys.Sort] = [$"'{sortText}' is not a sort order. Use one of: relevance, newest, title, updated."];
        }

        var page = PositiveInt(query, CatalogueQuery.Keys.Page, 1, int.MaxValue / 1000, errors) ?? 1;

        var parsed = new CatalogueQuery
        {
            Text = Single(query, CatalogueQuery.Keys.Text),
            Kinds = Enums<EntryKind>(CatalogueQuery.Keys.Kind),
            SdgTargets = Strings(CatalogueQuery.Keys.SdgTarget).Select(s => s.ToLowerInvariant()).ToList(),
            SdgIndicators = Strings(CatalogueQuery.Keys.SdgIndicator).Select(s => s.ToLowerInvariant()).ToList(),
            GcmObjectives = gcm,
            Themes = Strings(CatalogueQuery.Keys.Theme),
            Audiences = Strings(CatalogueQuery.Keys.Audience),
            Scopes = Enums<GeographicScope>(CatalogueQuery.Keys.Scope),
            Regions = Strings(CatalogueQuery.Keys.Region),
            Countries = Strings(CatalogueQuery.Keys.Country).Select(s => s.ToUpperInvariant()).ToList(),
            Keywords = Strings(CatalogueQuery.Keys.Keyword),
            Tags = Strings(CatalogueQuery.Keys.Tag),
            Languages = Strings(CatalogueQuery.Keys.Language).Select(s => s.ToLowerInvariant()).ToList(),
            Organisations = Strings(CatalogueQuery.Keys.Organisation),
            BeneficiaryGroups = Strings(CatalogueQuery.Keys.Beneficiary),
            YearFrom = Year(CatalogueQuery.Keys.YearFrom),
            YearTo = Year(CatalogueQuery.Keys.YearTo),
            Sort = sort,
            Page = page,
        };
        if (parsed.YearFrom > parsed.YearTo)
        {
            errors[CatalogueQuery.Keys.YearFrom] = [$"'from' ({parsed.YearFrom}) is after 'to' ({parsed.YearTo})."];
        }

        return new(parsed, errors);
    }

    /// <summary>A whole number in [min, max]; null when the key is absent, an error when it is anything else.</summary>
    public static int? PositiveInt(IQueryCollection query, string key, int min, int max, IDictionary<string, string[]> errors)
    {
        var text = Single(query, key);
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

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out StringValues values) ? values.LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;

    /// <summary>The search's query string, for links (feed self link, catalogue page), without paging.</summary>
    public static string ToQueryString(IQueryCollection query, params string[] drop) =>
        QueryString.Create(query.Where(p => !drop.Contains(p.Key, StringComparer.Ordinal))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))).ToUriComponent();
}
