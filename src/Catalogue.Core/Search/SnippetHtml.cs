using System.Net;

namespace Catalogue.Core.Search;

/// <summary>
/// Turns ts_headline output into safe HTML: PostgreSQL marks the matches with control characters that never occur
/// in catalogue text; everything is HTML-encoded first and only then are the markers turned into &lt;mark&gt;.
/// </summary>
public static class SnippetHtml
{
    public const char Start = '\u0002';
    public const char Stop = '\u0003';

    public static readonly string HeadlineOptions =
        $"StartSel={Start}, StopSel={Stop}, MaxWords=32, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    public static string? FromHeadline(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline) || !headline.Contains(Start))
        {
            return null;
        }

        var html = new System.Text.StringBuilder(headline.Length + 32);
        var open = false;
        foreach (var part in headline.Split([Start, Stop]).Select((text, i) => (text, i)))
        {
            html.Append(WebUtility.HtmlEncode(part.text));
            var marker = NextMarker(headline, part.i);
            if (marker == Start && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if (marker == Stop && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }

        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }

    /// <summary>The marker that ends the <paramref name="index"/>-th segment, or '\0' after the last one.</summary>
    private static char NextMarker(string headline, int index)
    {
        var seen = 0;
        foreach (var c in headline)
        {
            if (c is Start or Stop)
            {
                if (seen == index)
                {
                    return c;
                }

                seen++;
            }
        }

        return '\0';
    }
}
