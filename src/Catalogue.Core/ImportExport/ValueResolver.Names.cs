using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Catalogue.Core.Entities;

namespace Catalogue.Core.ImportExport;

/// <summary>How names are compared: folded (case, accents, spaces) and in the orders a source may write them.</summary>
public sealed partial class ValueResolver
{
    /// <summary>Upper case, no accents, single spaces: "Türkiye" and "turkiye" compare equal.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return CuratedTerm.Normalize(builder.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>Like <see cref="Fold"/>, and hyphens count as spaces ("People centred" = "People-centred").</summary>
    private static string FoldLoose(string value) => Fold(value.Replace('-', ' ').Replace('–', ' '));

    /// <summary>"Congo, The Democratic Republic of the" is also "The Democratic Republic of the Congo" and "Democratic Republic of the Congo".</summary>
    private static IEnumerable<string> NameVariants(string name)
    {
        var withoutNote = ParenthesisPattern().Replace(name, "").Trim();
        foreach (var candidate in new[] { name, withoutNote }.Distinct())
        {
            yield return Fold(candidate);
            var comma = candidate.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0)
            {
                var inverted = candidate[(comma + 2)..] + " " + candidate[..comma];
                yield return Fold(inverted);
                if (inverted.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    yield return Fold(inverted[4..]);
                }
            }

            if (candidate.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                yield return Fold(candidate[4..]);
            }
        }
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex ParenthesisPattern();
}
