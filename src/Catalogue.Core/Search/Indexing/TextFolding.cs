using System.Globalization;
using System.Text;

namespace Catalogue.Core.Search.Indexing;

/// <summary>Lower-casing and accent folding for the places that compare text outside an analyzer (sort keys, prefixes).</summary>
public static class TextFolding
{
    /// <summary>Lower case without diacritics ("Élèves" → "eleves"); other characters unchanged.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key titles are sorted by: folded, so "École" sorts with "ecole", not after "z".</summary>
    public static string SortKey(string title) => Fold(title.Trim());
}
