using Catalogue.Core.Search.Engine;

namespace Catalogue.Tests.Core.Search;

[Trait("Category", TestCategory.Unit)]
public sealed class SearchTextParserTests
{
    [Theory]
    [InlineData("vocat", "vocat*")]
    [InlineData("refugee vocat", "refugee vocat*")]
    [InlineData("school or vocat", "(school|vocat*)")]
    [InlineData("school -vocat", "school -vocat")]
    [InlineData("\"open doors", "\"open doors\"")]
    [InlineData("\"open doors\" school", "\"open doors\" school*")]
    [InlineData("school ", "school")]
    [InlineData("it's", "it's")]
    [InlineData("or school or", "or school or")]
    [InlineData("-\"camp schools\" refugee", "-\"camp schools\" refugee*")]
    [InlineData("a OR \"b c\" OR d", "(a|\"b c\"|d)")]
    public void Parse_WebSearchSyntax_GivesClausesAndMarksAPlainLastWordAsPrefix(string text, string expected)
    {
        var clauses = SearchTextParser.Parse(text);

        Assert.Equal(expected, Describe(clauses));
    }

    private static string Describe(IReadOnlyList<SearchClause> clauses) => string.Join(" ", clauses.Select(c =>
    {
        var terms = c.AnyOf.Select(t => (t.IsPhrase ? $"\"{t.Text}\"" : t.Text) + (t.Prefix ? "*" : "")).ToList();
        return (c.Excluded ? "-" : "") + (terms.Count == 1 ? terms[0] : "(" + string.Join("|", terms) + ")");
    }));
}
