using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Catalogue.Core.Entities;

namespace Catalogue.Core.Curation;

/// <summary>URL slugs: lower-case ASCII letters and digits separated by single hyphens.</summary>
public static partial class SlugText
{
    public static bool IsValid(string slug) => slug.Length <= Entry.SlugMaxLength && ValidSlug().IsMatch(slug);

    public static string From(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > 100)
        {
            slug = slug[..100].TrimEnd('-');
        }

        return slug.Length == 0 ? "entry" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
