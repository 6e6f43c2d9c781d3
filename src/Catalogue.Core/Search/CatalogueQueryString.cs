using System.Globalization;
using System.Text;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;

namespace Catalogue.Core.Search;

/// <summary>A query-string parameter that was not used, with the reason shown to the visitor.</summary>
public sealed record IgnoredParameter(string Key, string Value, string Reason);

public sealed record ParsedCatalogueQuery(CatalogueQuery Query, IReadOnlyList<IgnoredParameter> Ignored);

/// <summary>
/// The URL form of a <see cref="CatalogueQuery"/>: parses a query string (never throws; unknown keys, unknown values
/// and malformed numbers are reported as ignored) and writes a query back with the same short keys.
/// Values checked against reference data (kind, scope, SDG codes, GCM numbers, themes, regions, countries, languages)
/// are normalised to their canonical form; curated names (audience, keyword, tag, organisation, beneficiary group)
/// are kept as given and simply match nothing when unknown.
/// </summary>
public static class CatalogueQueryString
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;
    public const int MaxTextLength = 300;
    public const int MaxValuesPerKey = 50;

    private static readonly Dictionary<string, string> SdgTargetCodes =
        OfficialTaxonomies.SdgTargets.ToDictionary(t => t.Code, t => t.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> SdgIndicatorCodes =
        OfficialTaxonomies.SdgIndicators.ToDictionary(i => i.Code, i => i.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> ThemeNames =
        OfficialTaxonomies.GuidingPrinciples.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<HashSet<string>> RegionCodes = new(() => GeographyData.Regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> CountryCodes = new(() => GeographyData.Countries.Select(c => c.Alpha2).ToHashSet(StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> LanguageCodes = new(() => GeographyData.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal));

    public static ParsedCatalogueQuery Parse(IEnumerable<KeyValuePair<string, string?[]>> parameters)
    {
        var ignored = new List<IgnoredParameter>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (rawKey, rawValues) in parameters)
        {
            var key = rawKey.Trim().ToLowerInvariant();
            foreach (var raw in rawValues)
            {
                // Control characters (NUL, the snippet markers…) never belong in a search; PostgreSQL rejects NUL.
                var value = new string((raw ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                if (!KnownKeys.Contains(key))
                {
                    ignored.Add(new IgnoredParameter(rawKey, value, "unknown parameter"));
                    continue;
                }

                if (!values.TryGetValue(key, out var list))
                {
                    values[key] = list = [];
                }

                if (list.Count >= MaxValuesPerKey)
                {
                    ignored.Add(new IgnoredParameter(key, value, $"at most {MaxValuesPerKey} values per filter"));
                    continue;
                }

                list.Add(value);
            }
        }

        IReadOnlyList<string> Raw(string key) => values.TryGetValue(key, out var list) ? list : [];

        List<string> Each(string key, Func<string, string?> convert, string reason) =>
            EachValue(key, v => convert(v) is { } c ? (true, c) : (false, ""), reason);

        List<T> EachOf<T>(string key, Func<string, T?> convert, string reason)
            where T : struct =>
            EachValue(key, v => convert(v) is { } c ? (true, c) : (false, default), reason);

        List<T> EachValue<T>(string key, Func<string, (bool Ok, T Value)> convert, string reason)
        {
            var result = new List<T>();
            foreach (var value in Raw(key))
            {
                var (ok, converted) = convert(value);
                if (!ok)
                {
                    ignored.Add(new IgnoredParameter(key, value, reason));
                }
                else if (!result.Contains(converted))
                {
                    result.Add(converted);
                }
            }

            return result;
        }

        int? Single(string key, Func<string, int?> convert, string reason)
        {
            int? result = null;
            foreach (var value in Raw(key))
            {
                var converted = convert(value);
                if (converted is null)
                {
                    ignored.Add(new IgnoredParameter(key, value, reason));
                }
                else
                {
                    result = converted;
                }
            }

            return result;
        }

        var text = string.Join(' ', Raw(CatalogueQuery.Keys.Text));
        if (text.Length > MaxTextLength)
        {
            ignored.Add(new IgnoredParameter(CatalogueQuery.Keys.Text, text[MaxTextLength..], $"the search text is cut at {MaxTextLength} characters"));
            text = text[..MaxTextLength];
        }

        var sort = CatalogueSort.Relevance;
        foreach (var value in Raw(CatalogueQuery.Keys.Sort))
        {
            if (Enum.TryParse<CatalogueSort>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            {
                sort = parsed;
            }
            else
            {
                ignored.Add(new IgnoredParameter(CatalogueQuery.Keys.Sort, value, "unknown sort order"));
            }
        }

        var query = new CatalogueQuery
        {
            Text = text.Length == 0 ? null : text,
            Kinds = EachOf(CatalogueQuery.Keys.Kind, ParseEnum<EntryKind>, "unknown kind"),
            SdgTargets = Each(CatalogueQuery.Keys.SdgTarget, v => SdgTargetCodes.GetValueOrDefault(StripPrefix(v, "target")), "unknown SDG 4 target"),
            SdgIndicators = Each(CatalogueQuery.Keys.SdgIndicator, v => SdgIndicatorCodes.GetValueOrDefault(StripPrefix(v, "indicator")), "unknown SDG 4 indicator"),
            GcmObjectives = EachOf(CatalogueQuery.Keys.GcmObjective, v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 23 ? n : (int?)null, "unknown GCM objective"),
            Themes = Each(CatalogueQuery.Keys.Theme, v => ThemeNames.GetValueOrDefault(v), "unknown cross-cutting theme"),
            Audiences = Each(CatalogueQuery.Keys.Audience, Name, "too long"),
            Scopes = EachOf(CatalogueQuery.Keys.Scope, ParseEnum<GeographicScope>, "unknown geographic scope"),
            Regions = Each(CatalogueQuery.Keys.Region, v => RegionCodes.Value.Contains(v) ? v : null, "unknown region"),
            Countries = Each(CatalogueQuery.Keys.Country, v => CountryCodes.Value.Contains(v.ToUpperInvariant()) ? v.ToUpperInvariant() : null, "unknown country"),
            Keywords = Each(CatalogueQuery.Keys.Keyword, Name, "too long"),
            Tags = Each(CatalogueQuery.Keys.Tag, Name, "too long"),
            Languages = Each(CatalogueQuery.Keys.Language, v => LanguageCodes.Value.Contains(v.ToLowerInvariant()) ? v.ToLowerInvariant() : null, "unknown language"),
            Organisations = Each(CatalogueQuery.Keys.Organisation, Name, "too long"),
            BeneficiaryGroups = Each(CatalogueQuery.Keys.Beneficiary, Name, "too long"),
            YearFrom = Single(CatalogueQuery.Keys.YearFrom, Year, $"not a year between {MinYear} and {MaxYear}"),
            YearTo = Single(CatalogueQuery.Keys.YearTo, Year, $"not a year between {MinYear} and {MaxYear}"),
            Sort = sort,
            Page = Single(CatalogueQuery.Keys.Page, v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : null, "not a page number") ?? 1,
        };

        if (query.YearFrom > query.YearTo)
        {
            ignored.Add(new IgnoredParameter(CatalogueQuery.Keys.YearTo, query.YearTo.Value.ToString(CultureInfo.InvariantCulture), "before the start year"));
            query = query with { YearTo = null };
        }

        return new ParsedCatalogueQuery(query, ignored);
    }

    /// <summary>Parses a raw query string such as <c>?q=school&amp;sdg=4.1</c>.</summary>
    public static ParsedCatalogueQuery Parse(string? queryString)
    {
        var pairs = new List<KeyValuePair<string, string?[]>>();
        foreach (var part in (queryString ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            var key = Decode(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? "" : Decode(part[(equals + 1)..]);
            pairs.Add(new(key, [value]));
        }

        return Parse(pairs);
    }

    /// <summary>The query string (with a leading "?", or "" when empty) in a stable key order.</summary>
    public static string ToQueryString(CatalogueQuery query)
    {
        var builder = new StringBuilder();
        void Add(string key, string value)
        {
            builder.Append(builder.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        if (query.HasText)
        {
            Add(CatalogueQuery.Keys.Text, query.Text!.Trim());
        }

        foreach (var (key, selected) in Selections(query))
        {
            foreach (var value in selected)
            {
                Add(key, value);
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

    /// <summary>The URL of the catalogue page showing <paramref name="query"/>.</summary>
    public static string ToUrl(CatalogueQuery query, string path = "/catalogue") => path + ToQueryString(query);

    /// <summary>Every multi-valued facet selection as (key, values in URL form), in the documented key order.</summary>
    public static IEnumerable<(string Key, IReadOnlyList<string> Values)> Selections(CatalogueQuery query)
    {
        yield return (CatalogueQuery.Keys.Kind, query.Kinds.Select(k => k.ToString().ToLowerInvariant()).ToList());
        yield return (CatalogueQuery.Keys.SdgTarget, query.SdgTargets);
        yield return (CatalogueQuery.Keys.SdgIndicator, query.SdgIndicators);
        yield return (CatalogueQuery.Keys.GcmObjective, query.GcmObjectives.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList());
        yield return (CatalogueQuery.Keys.Theme, query.Themes);
        yield return (CatalogueQuery.Keys.Audience, query.Audiences);
        yield return (CatalogueQuery.Keys.Scope, query.Scopes.Select(s => s.ToString().ToLowerInvariant()).ToList());
        yield return (CatalogueQuery.Keys.Region, query.Regions);
        yield return (CatalogueQuery.Keys.Country, query.Countries);
        yield return (CatalogueQuery.Keys.Keyword, query.Keywords);
        yield return (CatalogueQuery.Keys.Tag, query.Tags);
        yield return (CatalogueQuery.Keys.Language, query.Languages);
        yield return (CatalogueQuery.Keys.Organisation, query.Organisations);
        yield return (CatalogueQuery.Keys.Beneficiary, query.BeneficiaryGroups);
    }

    /// <summary>A copy with <paramref name="value"/> added to or removed from facet <paramref name="key"/>, back on page 1.</summary>
    public static CatalogueQuery Toggle(CatalogueQuery query, string key, string value)
    {
        var current = Selections(query).FirstOrDefault(s => s.Key == key).Values ?? [];
        var next = current.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? current.Where(v => !string.Equals(v, value, StringComparison.OrdinalIgnoreCase)).ToList()
            : current.Append(value).ToList();
        return WithValues(query, key, next) with { Page = 1 };
    }

    /// <summary>A copy with facet <paramref name="key"/> set to <paramref name="values"/> (URL form; invalid values dropped).</summary>
    public static CatalogueQuery WithValues(CatalogueQuery query, string key, IReadOnlyList<string> values)
    {
        var reparsed = Parse(values.Select(v => new KeyValuePair<string, string?[]>(key, [v]))).Query;
        return key switch
        {
            CatalogueQuery.Keys.Kind => query with { Kinds = reparsed.Kinds },
            CatalogueQuery.Keys.SdgTarget => query with { SdgTargets = reparsed.SdgTargets },
            CatalogueQuery.Keys.SdgIndicator => query with { SdgIndicators = reparsed.SdgIndicators },
            CatalogueQuery.Keys.GcmObjective => query with { GcmObjectives = reparsed.GcmObjectives },
            CatalogueQuery.Keys.Theme => query with { Themes = reparsed.Themes },
            CatalogueQuery.Keys.Audience => query with { Audiences = reparsed.Audiences },
            CatalogueQuery.Keys.Scope => query with { Scopes = reparsed.Scopes },
            CatalogueQuery.Keys.Region => query with { Regions = reparsed.Regions },
            CatalogueQuery.Keys.Country => query with { Countries = reparsed.Countries },
            CatalogueQuery.Keys.Keyword => query with { Keywords = reparsed.Keywords },
            CatalogueQuery.Keys.Tag => query with { Tags = reparsed.Tags },
            CatalogueQuery.Keys.Language => query with { Languages = reparsed.Languages },
            CatalogueQuery.Keys.Organisation => query with { Organisations = reparsed.Organisations },
            CatalogueQuery.Keys.Beneficiary => query with { BeneficiaryGroups = reparsed.BeneficiaryGroups },
            _ => query,
        };
    }

    /// <summary>True when any filter other than text, sort and page is set.</summary>
    public static bool HasFilters(CatalogueQuery query) =>
        Selections(query).Any(s => s.Values.Count > 0) || query.YearFrom is not null || query.YearTo is not null;

    private static readonly HashSet<string> KnownKeys = typeof(CatalogueQuery.Keys)
        .GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    private static T? ParseEnum<T>(string value)
        where T : struct, Enum =>
        !int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (T?)null;

    private static string? Name(string value) => value.Length <= CuratedTerm.NameMaxLength ? value : null;

    private static int? Year(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear ? year : null;

    private static string StripPrefix(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..].Trim() : value;

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
