using Catalogue.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Core.Search.Engine;

/// <summary>A text search as two queries: what a document must match (and its base score), and what ranks it higher.</summary>
/// <param name="Match">Every word in the field holding all of an entry's text, in any language.</param>
/// <param name="Boosts">Optional: the words in the title, in keywords/tags/organisations, in the summary.</param>
public sealed record TextQuery(Query Match, Query Boosts);

/// <summary>
/// Turns parsed search text into Lucene queries. Each word is analysed by every language's analyzer and must match
/// the field holding all of an entry's text in that language ("all.fr"), in any language — one postings list per
/// language and word, so matching stays cheap however common the words. Where the word is adds to the score: the
/// title most, then keywords/tags/organisations, then the summary, above a match in the description alone; the engine
/// adds those for the best-ranked results (<see cref="SearchEngine.RescoreWindow"/>). A word every analyzer drops (a
/// stop word) is left out, as PostgreSQL's web search did.
/// </summary>
public sealed class TextQueryBuilder(CatalogueSearcher searcher)
{
    /// <summary>The searcher's term lookup while <see cref="Build"/> runs.</summary>
    private IndexTermLookup? terms;

    /// <summary>Each word's analysis per language: a word is looked for in four fields of each language.</summary>
    private readonly Dictionary<(string Language, string Text), List<(string Text, int Position)>> analysed = [];

    /// <summary>The queries, or null when nothing searchable is left (only stop words): such a search matches nothing.</summary>
    public TextQuery? Build(IReadOnlyList<SearchClause> clauses)
    {
        terms = searcher.RentTermLookup();
        try
        {
            return BuildWithTerms(clauses);
        }
        finally
        {
            searcher.ReturnTermLookup(terms);
            terms = null;
        }
    }

    private TextQuery? BuildWithTerms(IReadOnlyList<SearchClause> clauses)
    {
        var query = new BooleanQuery(disableCoord: true);
        var boosts = new BooleanQuery(disableCoord: true);
        var required = 0;
        var excluded = 0;
        foreach (var clause in clauses)
        {
            var alternatives = clause.AnyOf.Select(Match).OfType<Query>().ToList();
            if (alternatives.Count == 0)
            {
                continue;
            }

            query.Add(alternatives.Count == 1 ? alternatives[0] : Either(alternatives), clause.Excluded ? Occur.MUST_NOT : Occur.MUST);
            if (clause.Excluded)
            {
                excluded++;
                continue;
            }

            required++;
            foreach (var boost in clause.AnyOf.SelectMany(Boosts))
            {
                boosts.Add(boost, Occur.SHOULD);
            }
        }

        if (required == 0 && excluded == 0)
        {
            return null;
        }

        if (required == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return new TextQuery(query, boosts);
    }

    /// <summary>What a word or phrase must match: the all-text field of any language (or, still being typed, a word beginning).</summary>
    private Query? Match(SearchTerm term)
    {
        var either = new BooleanQuery(disableCoord: true);
        var hasTokens = false;
        foreach (var (field, tokens) in Fields(IndexFields.All, term))
        {
            hasTokens = true;
            if (Exact(field, tokens) is { } exact)
            {
                either.Add(exact, Occur.SHOULD);
            }
        }

        if (term.Prefix && Analyse(SearchAnalyzers.For(SearchAnalyzers.Neutral), term.Text) is [var prefix])
        {
            either.Add(new PrefixQuery(new Term(IndexFields.Words, prefix.Text)) { Boost = 0.3f }, Occur.SHOULD);
        }

        return either.Clauses.Count switch
        {
            // A word no entry holds still counts: the search then matches nothing (an empty query matches no document).
            0 => hasTokens ? either : null,
            1 when either.Clauses[0].Query is not PrefixQuery => either.Clauses[0].Query,
            _ => either,
        };
    }

    /// <summary>The optional clauses that rank a match higher for where it is: title, keywords and the like, summary.</summary>
    private IEnumerable<Query> Boosts(SearchTerm term)
    {
        foreach (var (name, weight) in IndexFields.Weighted)
        {
            foreach (var (field, tokens) in Fields(name, term))
            {
                if (Exact(field, tokens) is { } boost)
                {
                    boost.Boost = weight;
                    yield return boost;
                }
            }
        }
    }

    /// <summary>For each language whose <paramref name="name"/> field exists, that field and the term's tokens in its analysis.</summary>
    private IEnumerable<(string Field, List<(string Text, int Position)> Tokens)> Fields(string name, SearchTerm term)
    {
        foreach (var language in SearchAnalyzers.All)
        {
            var field = IndexFields.Text(name, language);
            if (!searcher.IndexedFields.Contains(field))
            {
                continue;
            }

            if (!analysed.TryGetValue((language, term.Text), out var tokens))
            {
                tokens = Analyse(SearchAnalyzers.For(language), term.Text);
                analysed[(language, term.Text)] = tokens;
            }

            if (tokens.Count > 0)
            {
                yield return (field, tokens);
            }
        }
    }

    /// <summary>The word (null when no document holds it in <paramref name="field"/>) or phrase in the field.</summary>
    private Query? Exact(string field, List<(string Text, int Position)> tokens)
    {
        if (tokens.Count == 1)
        {
            var word = new Term(field, tokens[0].Text);
            return terms!.Find(word) is { } statistics ? new TermQuery(word, statistics) : null;
        }

        var phrase = new PhraseQuery();
        foreach (var (text, position) in tokens)
        {
            phrase.Add(new Term(field, text), position);
        }

        return phrase;
    }

    private static BooleanQuery Either(IEnumerable<Query> queries)
    {
        var either = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            either.Add(query, Occur.SHOULD);
        }

        return either;
    }

    /// <summary>The tokens of <paramref name="text"/> with their positions (gaps where stop words were).</summary>
    public static List<(string Text, int Position)> Analyse(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("query", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
