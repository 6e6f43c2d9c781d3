using Catalogue.Core.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// A search's words as each language's analyzer turns them (computed on first use, then shared by every snippet of the
/// page), and the beginnings of the words still being typed. Safe to use from several threads.
/// </summary>
public sealed class SnippetTerms
{
    private readonly List<SearchTerm> terms;
    private readonly List<string> prefixes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> wanted =
        new(StringComparer.Ordinal);

    internal SnippetTerms(IReadOnlyList<SearchClause> clauses)
    {
        terms = clauses.Where(c => !c.Excluded).SelectMany(c => c.AnyOf).ToList();
        prefixes = terms.Where(t => t.Prefix).SelectMany(t => TextQueryBuilder.Analyse(SearchAnalyzers.For(SearchAnalyzers.Neutral), t.Text))
            .Select(t => t.Text).ToList();
    }

    private delegate bool TermTest(ReadOnlySpan<char> term);

    /// <inheritdoc cref="SnippetHighlighter.Html(IReadOnlyList{SearchClause}, string, string)"/>
    public string? Html(string text, string language)
    {
        var words = wanted.GetOrAdd(language, l => terms.SelectMany(t => TextQueryBuilder.Analyse(SearchAnalyzers.For(l), t.Text))
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
        var marks = Marks(language, text, term => words.Contains(term));
        if (prefixes.Count > 0)
        {
            marks.AddRange(Marks(SearchAnalyzers.Neutral, text, term => StartsWithAny(term, prefixes)));
        }

        return SnippetHighlighter.Cut(text, marks);
    }

    /// <summary>Where the tokens of <paramref name="text"/> that pass <paramref name="marked"/> are (no string made per token).</summary>
    private static List<(int Start, int End)> Marks(string language, string text, TermTest marked)
    {
        var marks = new List<(int, int)>();
        using var stream = SearchAnalyzers.For(language).GetTokenStream("snippet", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (marked(term.Buffer.AsSpan(0, term.Length)))
            {
                marks.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return marks;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> term, List<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
