namespace Catalogue.Core.Search.Engine;

/// <summary>A word or "quoted phrase" of the search text; <see cref="Prefix"/> when it is the last word, still being typed.</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool Prefix);

/// <summary>Terms joined by OR (one term when there is no OR); <see cref="Excluded"/> when written with a leading minus.</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> AnyOf, bool Excluded);

/// <summary>
/// Web-search syntax, as readers know it from search engines: every word must match (in any of its forms);
/// "quoted words" must match as a phrase; OR between two words or phrases makes either enough; a leading minus excludes
/// a word or phrase. The last word, when nothing follows it, also matches as the beginning of a word ("vocat" finds
/// "vocational"). Nothing typed is an error: stray quotes and operators are read as well as they can be.
/// </summary>
public static class SearchTextParser
{
    public static IReadOnlyList<SearchClause> Parse(string text)
    {
        var tokens = Tokenize(text);
        var clauses = new List<SearchClause>();
        var pendingOr = false;
        foreach (var token in tokens)
        {
            if (token.IsOr)
            {
                pendingOr = clauses.Count > 0 && !clauses[^1].Excluded;
                continue;
            }

            var term = new SearchTerm(token.Text, token.IsPhrase, false);
            if (pendingOr && !token.Excluded)
            {
                clauses[^1] = clauses[^1] with { AnyOf = [.. clauses[^1].AnyOf, term] };
            }
            else
            {
                clauses.Add(new SearchClause([term], token.Excluded));
            }

            pendingOr = false;
        }

        return MarkPrefix(text, clauses);
    }

    /// <summary>The last term becomes a prefix when it is a plain word of two or more letters or digits typed last.</summary>
    private static IReadOnlyList<SearchClause> MarkPrefix(string text, List<SearchClause> clauses)
    {
        if (clauses.Count == 0 || text.Length == 0 || char.IsWhiteSpace(text[^1]) || text.TrimEnd().EndsWith('"'))
        {
            return clauses;
        }

        var last = clauses[^1];
        var term = last.AnyOf[^1];
        if (last.Excluded || term.IsPhrase || term.Text.Length < 2 || !term.Text.All(char.IsLetterOrDigit) ||
            term.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return clauses;
        }

        clauses[^1] = last with { AnyOf = [.. last.AnyOf.SkipLast(1), term with { Prefix = true }] };
        return clauses;
    }

    private sealed record Token(string Text, bool IsPhrase, bool Excluded, bool IsOr);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '-')
            {
                excluded = true;
                i++;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                var phrase = text[(i + 1)..end].Trim();
                if (phrase.Length > 0)
                {
                    tokens.Add(new Token(phrase, true, excluded, false));
                }

                i = close < 0 ? text.Length : close + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = text[start..i];
            var isOr = !excluded && word.Equals("or", StringComparison.OrdinalIgnoreCase);
            if (word.Trim('-').Length > 0)
            {
                tokens.Add(new Token(word, false, excluded, isOr));
            }
        }

        // OR only joins two terms: at the start or the end it is a plain word.
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].IsOr && (t == 0 || t == tokens.Count - 1 || tokens[t + 1].IsOr))
            {
                tokens[t] = tokens[t] with { IsOr = false };
            }
        }

        return tokens;
    }
}
