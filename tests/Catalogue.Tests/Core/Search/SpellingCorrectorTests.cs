using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Store;

namespace Catalogue.Tests.Core.Search;

/// <summary>"Did you mean" over the index's own words, in Latin and Arabic script (no database needed).</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class SpellingCorrectorTests : IDisposable
{
    private readonly IndexHandle _index = IndexHandle.Open(new RAMDirectory(), null, create: true);

    public SpellingCorrectorTests()
    {
        Add(1, "en", "Education for refugee children", "Schools and teachers.");
        Add(2, "ar", "تعليم اللاجئين", "برنامج المدارس");
        Add(3, "ru", "Образование zebrа", "Mixed scripts in one word.");
        _index.Searchers.MaybeRefreshBlocking();
    }

    [Theory]
    [InlineData("educaion childern", "education children")]
    [InlineData("refuge teachrs", "refugee teachers")]
    [InlineData("اللاجئن", "اللاجئين")]
    [InlineData("برنامح", "برنامج")]
    public void Suggest_WordOneEditAway_SuggestsTheIndexedWord(string typed, string expected)
    {
        Assert.Equal(expected, Suggest(typed));
    }

    [Fact]
    public void Suggest_LatinWordNearOnlyAWordMixingScripts_SuggestsNothing()
    {
        // "zebre" is one substitution from "zebrа" (ending in a Cyrillic а), which is no correction to offer.
        Assert.Null(Suggest("zebre"));
    }

    private string? Suggest(string text) => _index.Search(searcher => SpellingCorrector.Suggest(searcher, text, SearchTextParser.Parse(text)));

    private void Add(int id, string language, string title, string summary) => TestIndexEntries.Add(_index, id, language, title, summary);

    public void Dispose() => _index.Dispose();
}
