using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>Reading one field of a record: each problem reported with the field and its line, the value cleaned or null.</summary>
public sealed partial class EntryResolver
{
    /// <summary>
    /// The original language (an ISO 639-1 code the catalogue knows) and the translations: one per language, never the
    /// original's, each with a title (and a summary unless the entry is a draft) within the entry's length limits.
    /// </summary>
    private static (string? Original, List<EntryTranslation> Translations) ResolveTranslations(EntryRecord e, Action<string, string, int> reject)
    {
        var original = Clean(e.OriginalLanguage)?.ToLowerInvariant();
        if (TranslationRules.OriginalProblem(original) is { } originalProblem)
        {
            reject("originalLanguage", originalProblem, -1);
            original = null;
        }

        var translations = new List<EntryTranslation>();
        for (var i = 0; i < (e.Translations?.Count ?? 0); i++)
        {
            var t = e.Translations![i];
            var translation = new EntryTranslation
            {
                Language = Clean(t.Language)?.ToLowerInvariant() ?? "", Title = Clean(t.Title) ?? "", Summary = Clean(t.Summary) ?? "",
                Description = CleanText(t.Description),
            };
            if (TranslationRules.Problem(translation, original, translations.Select(x => x.Language)) is { } problem)
            {
                reject("translations", problem, i);
            }
            else
            {
                translations.Add(translation);
            }
        }

        return (original, translations);
    }

    private static IEnumerable<(string Field, string? Text, int Index)> TextFields(EntryRecord e) =>
    [
        ("slug", e.Slug, -1), ("externalId", e.ExternalId, -1), ("title", e.Title, -1), ("summary", e.Summary, -1),
        ("description", e.Description, -1), ("lessonsLearned", e.LessonsLearned, -1), ("sourceUrl", e.SourceUrl, -1),
        ("documentUrl", e.DocumentUrl, -1), ("evaluationUrl", e.EvaluationUrl, -1), ("originalLanguage", e.OriginalLanguage, -1),
        .. (e.Translations ?? []).SelectMany((t, i) => new[] { ("translations", t.Title, i), ("translations", t.Summary, i), ("translations", t.Description, i) }),
        .. Terms("audiences", e.Audiences), .. Terms("keywords", e.Keywords), .. Terms("tags", e.Tags),
        .. Terms("beneficiaryGroups", e.BeneficiaryGroups), .. Terms("authors", e.Authors), .. Terms("publishers", e.Publishers),
        .. Terms("implementers", e.Implementers), .. Terms("partners", e.Partners), .. Terms("donors", e.Donors),
    ];

    private static IEnumerable<(string Field, string? Text, int Index)> Terms(string field, IEnumerable<string> values) =>
        values.Select((value, index) => (field, (string?)value, index));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Multi-line text is kept as given, only with Windows line ends made "\n"; blank becomes null.</summary>
    private static string? CleanText(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static T Required<T>(string? raw, string field, Func<string, Resolved<T>> resolve, Action<string, string, int> reject)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            reject(field, CoreText.Format("Import.Required"), -1);
            return default!;
        }

        return Single(raw, field, resolve, reject);
    }

    private static T Single<T>(string raw, string field, Func<string, Resolved<T>> resolve, Action<string, string, int> reject)
    {
        var result = resolve(raw);
        if (!result.Ok)
        {
            reject(field, result.Error!, -1);
        }

        return result.Value!;
    }

    private static List<T> Many<T>(List<string> raw, string field, Func<string, Resolved<T>> resolve, Func<T, string> key, Action<string, string, int> reject)
    {
        var result = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(raw[i]))
            {
                continue;
            }

            var resolved = resolve(raw[i]);
            if (!resolved.Ok)
            {
                reject(field, resolved.Error!, i);
            }
            else if (seen.Add(key(resolved.Value!)))
            {
                result.Add(resolved.Value!);
            }
        }

        return result;
    }

    private static List<string> Terms(List<string> raw, string field, Action<string, string, int> reject)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(raw[i]))
            {
                continue;
            }

            var name = string.Join(' ', raw[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name.Length > CuratedTerm.NameMaxLength)
            {
                reject(field, CoreText.Format("Import.TermTooLong", name[..40], CuratedTerm.NameMaxLength), i);
            }
            else if (seen.Add(CuratedTerm.Normalize(name)))
            {
                result.Add(name);
            }
        }

        return result;
    }

    private static (DateOnly?, DatePrecision?) ParseDate(string? raw, Action<string, string, int> reject)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (null, null);
        }

        var value = raw.Trim();
        foreach (var format in DateFormats)
        {
            if (DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                var precision = format.Contains('d', StringComparison.Ordinal) ? DatePrecision.Day
                    : format.Contains('M', StringComparison.Ordinal) ? DatePrecision.Month
                    : DatePrecision.Year;
                if (!Curation.EntryRules.IsPlausibleYear(parsed.Year))
                {
                    break;
                }

                return (DateOnly.FromDateTime(parsed), precision);
            }
        }

        reject("publicationDate", CoreText.Format("Import.Date", raw), -1);
        return (null, null);
    }

    private static void CheckYear(int? year, string field, Action<string, string, int> reject)
    {
        if (year is { } value && !Curation.EntryRules.IsPlausibleYear(value))
        {
            reject(field, CoreText.Format("Import.Year", value, Curation.EntryRules.MinYear, Curation.EntryRules.MaxYear), -1);
        }
    }

    private static string? Url(string? raw, string field, Action<string, string, int> reject)
    {
        var value = Clean(raw);
        if (value is null)
        {
            return null;
        }

        if (!Curation.EntryRules.IsWebAddress(value))
        {
            reject(field, CoreText.Format("Import.Url", value, Entry.UrlMaxLength), -1);
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
