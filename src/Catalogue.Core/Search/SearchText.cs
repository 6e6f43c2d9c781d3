using System.Linq.Expressions;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Catalogue.Core.Search;

/// <summary>
/// How the search text becomes a tsquery: web-search syntax ("phrase", OR, -exclude) for everything, and the last
/// word, while it is still being typed, also as a prefix ("vocat" finds "vocational"). The prefix is only taken from a
/// plain run of letters and digits, so nothing typed can break the tsquery syntax.
/// </summary>
public sealed record SearchText(string Rest, string? Prefix, bool PrefixIsAlternative)
{
    public static SearchText Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || char.IsWhiteSpace(text[^1]) || trimmed.Count(c => c == '"') % 2 == 1)
        {
            return new SearchText(trimmed, null, false);
        }

        var start = trimmed.Length;
        while (start > 0 && char.IsLetterOrDigit(trimmed[start - 1]))
        {
            start--;
        }

        var last = trimmed[start..];
        var before = start == 0 ? ' ' : trimmed[start - 1];
        if (last.Length < 2 || !char.IsWhiteSpace(before) && start != 0 || last.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return new SearchText(trimmed, null, false);
        }

        var rest = trimmed[..start].TrimEnd();
        var alternative = false;
        if (rest.EndsWith(" or", StringComparison.OrdinalIgnoreCase) || rest.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            alternative = true;
            rest = rest[..^2].TrimEnd();
        }

        return new SearchText(rest, last + ":*", alternative && rest.Length > 0);
    }

    /// <summary>The tsquery as an expression EF translates (parameters, never concatenated SQL).</summary>
    public Expression<Func<NpgsqlTsQuery>> TsQuery()
    {
        const string config = CatalogueDbContext.SearchConfiguration;
        var rest = Rest;
        var prefix = Prefix;
        if (prefix is null)
        {
            return () => EF.Functions.WebSearchToTsQuery(config, rest);
        }

        if (rest.Length == 0)
        {
            return () => EF.Functions.ToTsQuery(config, prefix);
        }

        return PrefixIsAlternative
            ? () => EF.Functions.WebSearchToTsQuery(config, rest).Or(EF.Functions.ToTsQuery(config, prefix))
            : () => EF.Functions.WebSearchToTsQuery(config, rest).And(EF.Functions.ToTsQuery(config, prefix));
    }

    public Expression<Func<Entry, bool>> Matches() => Inline((Entry e, NpgsqlTsQuery q) => e.SearchVector.Matches(q));

    /// <summary>ts_rank_cd with length normalisation (32: rank/(rank+1)), so long descriptions do not win by size.</summary>
    public Expression<Func<Entry, float>> Rank() => Inline((Entry e, NpgsqlTsQuery q) => e.SearchVector.RankCoverDensity(q, NpgsqlTsRankingNormalization.DivideByItselfPlusOne));

    /// <summary>Substitutes the tsquery expression for the second parameter of <paramref name="body"/>.</summary>
    public Expression<Func<Entry, T>> Inline<T>(Expression<Func<Entry, NpgsqlTsQuery, T>> body)
    {
        var replaced = new Substitute(body.Parameters[1], TsQuery().Body).Visit(body.Body);
        return Expression.Lambda<Func<Entry, T>>(replaced, body.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
