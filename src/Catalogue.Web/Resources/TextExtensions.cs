using System.Globalization;
using Catalogue.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Catalogue.Web.Resources;

/// <summary>Plural texts and culture-formatted numbers and lists for the interface (issue 17).</summary>
public static class TextExtensions
{
    /// <summary>
    /// The plural form of <paramref name="key"/> for <paramref name="n"/> in the current language ("Key.one", "Key.few" …),
    /// with {0} replaced by the number formatted for the culture ("1,234", "1 234", "1.234").
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, long n, params object[] more)
    {
        var category = PluralRules.Category(SiteLanguages.Current, n);
        var text = localizer[$"{key}.{category}"];
        var format = text.ResourceNotFound ? localizer[$"{key}.other"].Value : text.Value;
        return string.Format(CultureInfo.CurrentCulture, format, [Number(n), .. more]);
    }

    /// <summary>A whole number with the culture's group separator.</summary>
    public static string Number(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"a, b and c" / "a, b et c" / "a, b y c" / "a وb وc" (the culture's list pattern, from the resources).</summary>
    public static string List(this IStringLocalizer localizer, IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Format(CultureInfo.CurrentCulture, localizer["List.And"].Value, string.Join(localizer["List.Separator"].Value, items.Take(items.Count - 1)), items[^1]),
    };
}
