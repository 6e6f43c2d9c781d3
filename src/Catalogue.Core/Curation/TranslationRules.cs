using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Catalogue.Core.ReferenceData;

namespace Catalogue.Core.Curation;

/// <summary>
/// The rules an entry's original language and translations follow, shared by the admin form (through
/// <see cref="EntryCurationService"/>) and the import: a known ISO 639-1 code, at most one translation per language and
/// none in the original language, a title, and the entry's own length limits. Reasons are in the interface language.
/// </summary>
public static class TranslationRules
{
    public static bool IsKnownLanguage(string? code) => code is not null && GeographyData.Languages.Any(l => l.Code == code);

    /// <summary>Why the original language code cannot be stored, or null.</summary>
    public static string? OriginalProblem(string? original) =>
        original is null || IsKnownLanguage(original) ? null : CoreText.Format("Translation.UnknownLanguage", original);

    /// <summary>Why a translation cannot be stored next to <paramref name="earlier"/> ones, or null. Texts are compared trimmed.</summary>
    public static string? Problem(EntryTranslation translation, string? original, IEnumerable<string> earlier)
    {
        var language = (translation.Language ?? "").Trim().ToLowerInvariant();
        var title = (translation.Title ?? "").Trim();
        var summary = (translation.Summary ?? "").Trim();
        if (!IsKnownLanguage(language))
        {
            return CoreText.Format("Translation.UnknownLanguage", translation.Language ?? "");
        }

        if (language == original)
        {
            return CoreText.Format("Translation.OriginalLanguage", language);
        }

        if (earlier.Contains(language, StringComparer.Ordinal))
        {
            return CoreText.Format("Translation.Twice", language);
        }

        if (title.Length == 0)
        {
            return CoreText.Format("Translation.NoTitle");
        }

        if (title.Length > Entry.TitleMaxLength)
        {
            return CoreText.Format("Translation.TitleTooLong", Entry.TitleMaxLength);
        }

        return summary.Length > Entry.SummaryMaxLength ? CoreText.Format("Translation.SummaryTooLong", summary.Length, Entry.SummaryMaxLength) : null;
    }

    /// <summary>The first problem among <paramref name="translations"/>, named by language, or null when all can be stored.</summary>
    public static string? FirstProblem(string? original, IReadOnlyList<EntryTranslation> translations)
    {
        for (var i = 0; i < translations.Count; i++)
        {
            var earlier = translations.Take(i).Select(t => (t.Language ?? "").Trim().ToLowerInvariant());
            if (Problem(translations[i], original, earlier) is { } problem)
            {
                return CoreText.Format("Translation.Problem", DisplayName(translations[i].Language ?? ""), problem);
            }
        }

        return null;
    }

    private static string DisplayName(string code) =>
        DisplayNames.Language(code.Trim().ToLowerInvariant(), SiteLanguages.Current) ?? code;
}
