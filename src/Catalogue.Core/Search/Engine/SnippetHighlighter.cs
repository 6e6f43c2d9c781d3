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
    /// <remarks>Cut for every result of a text search: loops over the words, not queries per word, and the text is
    /// encoded straight into the snippet (the queries and copies were most of what a text search allocated).</remarks>
    internal static string? Cut(string text, List<(int Start, int End)> marks)
    {
        if (marks.Count == 0)
        {
            return null;
        }

        // In order of their start, those with the same start in the order they came (the entry's language before the
        // word being typed), each once: an insertion sort, as the marks come in two runs already in order.
        var distinct = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var at = distinct;
            while (at > 0 && marks[at - 1].Start > mark.Start)
            {
                at--;
            }

            var seen = false;
            for (var j = at - 1; j >= 0 && marks[j].Start == mark.Start && !seen; j--)
            {
                seen = marks[j] == mark;
            }

            if (seen)
            {
                continue;
            }

            // A mark already in its place (every mark of the first run) is not moved: moving shifts all after it.
            if (at != i)
            {
                marks.RemoveAt(i);
                marks.Insert(at, mark);
            }

            distinct++;
        }

        marks.RemoveRange(distinct, marks.Count - distinct);
        var words = Words(text);
        return Render(text, words, ChooseFragments(words, Marked(words, marks)), marks);
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

    /// <summary>Which words a mark overlaps.</summary>
    private static bool[] Marked(List<(int Start, int End)> words, List<(int Start, int End)> marks)
    {
        var marked = new bool[words.Count];
        var first = 0;
        foreach (var (start, end) in marks)
        {
            // Marks are in order of their start, so the first word a mark can overlap never moves back.
            while (first < words.Count && words[first].End <= start)
            {
                first++;
            }

            for (var w = first; w < words.Count && words[w].Start < end; w++)
            {
                marked[w] = true;
            }
        }

        return marked;
    }

    /// <summary>Up to <see cref="MaxFragments"/> windows of words (as word index ranges) holding the most matches, in text order.</summary>
    private static List<(int First, int Last)> ChooseFragments(List<(int Start, int End)> words, bool[] marked)
    {
        var chosen = new List<(int First, int Last)>(MaxFragments);
        for (var round = 0; round < MaxFragments; round++)
        {
            var best = (First: -1, Last: -1, Score: 0);
            for (var first = 0; first < words.Count; first++)
            {
                if (!marked[first] || InsideAny(chosen, first))
                {
                    continue;
                }

                // Start a few words before the match, so it is read in context.
                var start = Math.Max(0, first - 4);
                while (InsideAny(chosen, start))
                {
                    start++;
                }

                // The fragment ends before the next chosen one begins.
                var last = Math.Min(words.Count - 1, start + FragmentWords - 1);
                foreach (var fragment in chosen)
                {
                    if (fragment.First > start)
                    {
                        last = Math.Min(last, fragment.First - 1);
                    }
                }

                var score = 0;
                for (var w = start; w <= last; w++)
                {
                    score += marked[w] ? 1 : 0;
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

        chosen.Sort();
        return chosen;
    }

    private static bool InsideAny(List<(int First, int Last)> fragments, int word)
    {
        foreach (var (first, last) in fragments)
        {
            if (word >= first && word <= last)
            {
                return true;
            }
        }

        return false;
    }

    private static string Render(string text, List<(int Start, int End)> words, List<(int First, int Last)> fragments, List<(int Start, int End)> marks)
    {
        var html = new StringBuilder(2 * FragmentWords * 12);
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
            foreach (var (markStart, markEnd) in marks)
            {
                if (markStart < position || markStart < start || markEnd > end)
                {
                    continue;
                }

                AppendEncoded(html, text.AsSpan(position, markStart - position));
                html.Append("<mark>");
                AppendEncoded(html, text.AsSpan(markStart, markEnd - markStart));
                html.Append("</mark>");
                position = markEnd;
            }

            AppendEncoded(html, text.AsSpan(position, end - position));
        }

        if (fragments.Count > 0 && fragments[^1].Last < words.Count - 1)
        {
            html.Append(' ').Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>Escapes the characters HTML gives meaning to; every other character is written as itself (Arabic, accents).</summary>
    private static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
