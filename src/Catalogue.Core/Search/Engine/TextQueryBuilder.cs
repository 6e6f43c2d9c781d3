using Catalogue.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Turns parsed search text into a Lucene query. Each word is analysed by every language's analyzer and matches
/// that language's fields (title, keywords/tags/organisations, summary, description, weighted in that order), so a
/// query finds entries in any language, in any form the stemmer knows. A word every analyzer drops (a stop word) is
/// left out, as PostgreSQL's web search did.
/// </summary>
public sealed class TextQueryBuilder(IReadOnlySet<string> indexedFields)
{
    /// <summary>The query, or null when nothing searchable is left (only stop words): such a search matches nothing.</summary>
    public Query? Build(IReadOnlyList<SearchClause> clauses)
    {
        var query = new BooleanQuery();
        var required = 0;
        foreach (var clause in clauses)
        {
            var alternatives = clause.AnyOf.Select(Term).OfType<Query>().ToList();
            if (alternatives.Count == 0)
            {
                continue;
            }

            Query combined = alternatives.Count == 1 ? alternatives[0] : Either(alternatives);
            query.Add(combined, clause.Excluded ? Occur.MUST_NOT : Occur.MUST);
            required += clause.Excluded ? 0 : 1;
        }

        if (query.Clauses.Count == 0)
        {
            return null;
        }

        if (required == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    /// <summary>One word or phrase in every language's fields (and as a word beginning when it is a prefix).</summary>
    private Query? Term(SearchTerm term)
    {
        var either = new BooleanQuery(disableCoord: true);
        foreach (var language in SearchAnalyzers.All)
        {
            var tokens = Analyse(SearchAnalyzers.For(language), term.Text);
            if (tokens.Count == 0)
            {
                continue;
            }

            foreach (var (field, weight) in IndexFields.Texts)
            {
                var name = IndexFields.Text(field, language);
                if (!indexedFields.Contains(name))
                {
                    continue;
                }

                Query match = tokens.Count == 1 ? new TermQuery(new Lucene.Net.Index.Term(name, tokens[0].Text)) : Phrase(name, tokens);
                match.Boost = weight;
                either.Add(match, Occur.SHOULD);
            }
        }

        if (term.Prefix && Analyse(SearchAnalyzers.For(SearchAnalyzers.Neutral), term.Text) is [var prefix])
        {
            either.Add(new PrefixQuery(new Lucene.Net.Index.Term(IndexFields.Words, prefix.Text)) { Boost = 0.5f }, Occur.SHOULD);
        }

        return either.Clauses.Count switch
        {
            0 => null,
            _ => either,
        };
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<(string Text, int Position)> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var (text, position) in tokens)
        {
            phrase.Add(new Lucene.Net.Index.Term(field, text), position);
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

    /// <summary>The text fields that hold at least one document in <paramref name="reader"/>.</summary>
    public static IReadOnlySet<string> IndexedFields(IndexReader reader) =>
        MultiFields.GetMergedFieldInfos(reader).Where(f => f.IsIndexed).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
}
