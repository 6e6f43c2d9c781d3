using System.Text;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// The snippet under a result: up to two passages of the entry's summary and description around the words that
/// matched, cut only between words, HTML-encoded with the matches in &lt;mark&gt;. Matches are found the way the
/// index found them — each word analysed in the entry's languages — so "schools" marks "school" and "élèves" marks
/// "eleves"; the word still being typed marks words it begins.
/// </summary>
public static class SnippetHighlighter
{
    public const int FragmentWords = 30;
    public const int MaxFragments = 2;
    private const string Ellipsis = "…";

    /// <summary>The snippet of <paramref name="text"/>, analysed in <paramref name="language"/> (the entry's, as the index
    /// analysed it), or null when no word of it matched (the match was in the title or a keyword).</summary>
    public static string? Html(IReadOnlyList<SearchClause> clauses, string text, string language) => For(clauses).Html(text, language);

    /// <summary>The search's words, analysed once for all the snippets of a page.</summary>
    public static SnippetTerms For(IReadOnlyList<SearchClause> clauses) => new(clauses);

    /// <summary>The snippet of <paramref name="text"/> around the <paramref name="marks"/> (character ranges), or null without any.</summary>
    internal static string? Cut(string text, List<(int Start, int End)> marks)
    {
        if (marks.Count == 0)
        {
            return null;
        }

        var merged = marks.Distinct().OrderBy(m => m.Start).ToList();
        var words = Words(text);
        return Render(text, words, ChooseFragments(words, merged), merged);
    }

    /// <summary>The runs of non-space characters: fragments start and end only at their edges.</summary>
    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    /// <summary>Up to <see cref="MaxFragments"/> windows of words (as word index ranges) holding the most matches, in text order.</summary>
    private static List<(int First, int Last)> ChooseFragments(List<(int Start, int End)> words, List<(int Start, int End)> marks)
    {
        var marked = words.Select(w => marks.Count(m => m.Start < w.End && m.End > w.Start)).ToArray();
        var chosen = new List<(int First, int Last)>();
        for (var round = 0; round < MaxFragments; round++)
        {
            var best = (First: -1, Last: -1, Score: 0);
            for (var first = 0; first < words.Count; first++)
            {
                if (marked[first] == 0 || chosen.Any(c => first >= c.First && first <= c.Last))
                {
                    continue;
                }

                // Start a few words before the match, so it is read in context.
                var start = Math.Max(0, first - 4);
                while (chosen.Any(c => start >= c.First && start <= c.Last))
                {
                    start++;
                }

                var last = Math.Min(words.Count - 1, start + FragmentWords - 1);
                var end = chosen.Where(c => c.First > start).Select(c => c.First - 1).DefaultIfEmpty(last).Min();
                last = Math.Min(last, end);
                var score = 0;
                for (var w = start; w <= last; w++)
                {
                    score += marked[w] > 0 ? 1 : 0;
                }

                if (score > best.Score)
                {
                    best = (start, last, score);
                }
            }

            if (best.First < 0)
            {
                break;
            }

            chosen.Add((best.First, best.Last));
        }

        return chosen.OrderBy(c => c.First).ToList();
    }

    private static string Render(string text, List<(int Start, int End)> words, List<(int First, int Last)> fragments, List<(int Start, int End)> marks)
    {
        var html = new StringBuilder();
        for (var i = 0; i < fragments.Count; i++)
        {
            var (first, last) = fragments[i];
            if (i == 0 && first > 0)
            {
                html.Append(Ellipsis).Append(' ');
            }
            else if (i > 0)
            {
                html.Append(first == fragments[i - 1].Last + 1 ? " " : $" {Ellipsis} ");
            }

            var start = words[first].Start;
            var end = words[last].End;
            var position = start;
            foreach (var (markStart, markEnd) in marks.Where(m => m.Start >= start && m.End <= end))
            {
                if (markStart < position)
                {
                    continue;
                }

                html.Append(Encode(text[position..markStart])).Append("<mark>")
                    .Append(Encode(text[markStart..markEnd])).Append("</mark>");
                position = markEnd;
            }

            html.Append(Encode(text[position..end]));
        }

        if (fragments.Count > 0 && fragments[^1].Last < words.Count - 1)
        {
            html.Append(' ').Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>Escapes the characters HTML gives meaning to; every other character is written as itself (Arabic, accents).</summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
