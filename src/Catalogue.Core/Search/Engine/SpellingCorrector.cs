using Catalogue.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// "Did you mean": each word of the search that no published entry contains is replaced by the closest word that
/// entries do contain — within one edit for short words, two for longer ones, a swap of two letters counting as one —
/// the most frequent winning among equally close ones. "educaion" → "education", "childern" → "children",
/// "migrnt children" → "migrant children". The vocabulary is the index's own, so only published words are offered.
/// </summary>
public static class SpellingCorrector
{
    private const int MinLength = 3;
    private const int MaxCorrections = 4;
    private const int AsciiMax = 0x7F;

    /// <summary>The corrected text, or null when every word is known (or nothing close is).</summary>
    public static string? Suggest(CatalogueSearcher searcher, string text, IReadOnlyList<SearchClause> clauses)
    {
        var result = text;
        var corrections = 0;
        var neutral = SearchAnalyzers.For(SearchAnalyzers.Neutral);
        foreach (var term in clauses.SelectMany(c => c.AnyOf).Where(t => !t.IsPhrase))
        {
            if (TextQueryBuilder.Analyse(neutral, term.Text) is not [var (word, _)] || word.Length < MinLength || !word.All(char.IsLetter))
            {
                continue;
            }

            if (searcher.IndexReader.DocFreq(new Term(IndexFields.Words, word)) > 0 || (term.Prefix && HasWordStartingWith(searcher, word)))
            {
                continue;
            }

            if (Closest(searcher, word) is { } closest && corrections < MaxCorrections)
            {
                result = ReplaceWord(result, term.Text, closest);
                corrections++;
            }
        }

        return corrections > 0 && !string.Equals(result, text, StringComparison.Ordinal) ? result : null;
    }

    // Any word one edit away beats every word two edits away, and the one-edit automaton is far cheaper to build: the
    // two-edit one is built only when nothing is one edit away.
    private static string? Closest(CatalogueSearcher searcher, string word) =>
        Closest(searcher, word, 1) ?? (word.Length > 4 ? Closest(searcher, word, 2) : null);

    private static string? Closest(CatalogueSearcher searcher, string word, int maxEdits)
    {
        // Compiled as Lucene's fuzzy query compiles it: a Levenshtein automaton is finite and needs no simplifying, so the
        // checks a general automaton gets are skipped. A word in ASCII is corrected to a word in ASCII (the vocabulary
        // folds Latin accents to it): an alphabet of 128 characters instead of all of Unicode made compiling the
        // automaton take half the time and a third of the memory, and the words it leaves out mix scripts.
        var levenshtein = word.All(char.IsAscii) ? new LevenshteinAutomata(word.Select(c => (int)c).ToArray(), AsciiMax, true) : new LevenshteinAutomata(word, true);
        var automaton = new CompiledAutomaton(levenshtein.ToAutomaton(maxEdits), finite: true, simplify: false);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Words);
            if (terms is null)
            {
                continue;
            }

            var candidates = automaton.GetTermsEnum(terms);
            while (candidates.MoveNext())
            {
                var text = candidates.Term.Utf8ToString();
                if (text.Length >= MinLength && text.All(char.IsLetter))
                {
                    frequency[text] = frequency.GetValueOrDefault(text) + candidates.DocFreq;
                }
            }
        }

        return frequency.Count == 0
            ? null
            : frequency.OrderBy(c => Distance(word, c.Key)).ThenByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }

    private static bool HasWordStartingWith(CatalogueSearcher searcher, string prefix)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Words)?.GetEnumerator();
            if (terms is not null && terms.SeekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END &&
                terms.Term.Utf8ToString().StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edit distance with adjacent swaps counted as one edit (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Replaces the whole word <paramref name="word"/> (as typed) in <paramref name="text"/>.</summary>
    private static string ReplaceWord(string text, string word, string replacement) =>
        System.Text.RegularExpressions.Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\p{{L}}\p{{N}}])",
            replacement.Replace("$", "$$", StringComparison.Ordinal), System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
