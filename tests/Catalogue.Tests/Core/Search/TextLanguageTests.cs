using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;

namespace Catalogue.Tests.Core.Search;

/// <summary>Which language an entry's text is analysed in, and snippets where one word is matched twice.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TextLanguageTests
{
    [Fact]
    public void LanguageOf_FrenchTextOfAnEntryListedInEnglish_IsFrench()
    {
        var language = SearchAnalyzers.LanguageOf(["en"], "Soutien scolaire", "Un programme pour les élèves et les familles", "Il est ouvert à tous.");

        Assert.Equal("fr", language);
    }

    [Fact]
    public void LanguageOf_ArabicScript_IsArabic()
    {
        var language = SearchAnalyzers.LanguageOf(["en"], "تعليم الأطفال اللاجئين", "برنامج المدارس", null);

        Assert.Equal("ar", language);
    }

    [Fact]
    public void LanguageOf_EvidenceOnlyPastTheFirst2000Characters_UsesTheEntrysLanguage()
    {
        // Title, summary and description are read as one text; only its first 2,000 characters count.
        var late = SearchAnalyzers.LanguageOf(["de"], "Programm", "Kurz", new string('z', 1_990) + " le la les des une et du");
        var early = SearchAnalyzers.LanguageOf(["de"], "Programm", "Kurz", new string('z', 1_900) + " le la les des une et du");

        Assert.Equal("de", late);
        Assert.Equal("fr", early);
    }

    [Fact]
    public void LanguageOf_NoEvidenceAndNoLanguage_IsEnglish()
    {
        Assert.Equal("en", SearchAnalyzers.LanguageOf([], "Zxq", "Qzx", null));
        Assert.Equal(SearchAnalyzers.Neutral, SearchAnalyzers.LanguageOf(["tr"], "Göçmen çocuklar", "okul", null));
    }

    [Fact]
    public void Html_WordMatchedAsAWordAndAsTheWordBeingTyped_MarkedOnce()
    {
        var html = SnippetHighlighter.Html(SearchTextParser.Parse("school"), "A school & schools <here>.", "en");

        Assert.Equal("A <mark>school</mark> &amp; <mark>schools</mark> &lt;here&gt;.", html);
    }
}
