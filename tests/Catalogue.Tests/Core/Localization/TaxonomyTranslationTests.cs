using System.Text.Json;
using Catalogue.Core.Localization;
using Catalogue.Core.ReferenceData;
using Catalogue.Core.Search.Facets;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Core.Localization;

/// <summary>Official SDG 4 and GCM texts per language, exactly as in the shared reference file; unofficial ones marked; ICU names and collation.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TaxonomyTranslationTests
{
    private static readonly Lazy<JsonDocument> Reference = new(() => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(TestDatabase.RepositoryRoot(), "src", "Catalogue.Core", "ReferenceData", "taxonomies-i18n.json"))));

    private static JsonElement Target(string code) =>
        Reference.Value.RootElement.GetProperty("sdg4").GetProperty("targets").EnumerateArray().First(t => t.GetProperty("code").GetString() == code);

    [Theory]
    [InlineData("4.1", "fr", "fr")]
    [InlineData("4.b", "es", "es")]
    [InlineData("4.7", "ar", "ar_normalized")]
    public void TargetText_EachLanguage_IsTheOfficialTextExactly(string code, string language, string field)
    {
        var text = TaxonomyTranslations.TargetText(code, language);

        Assert.Equal(Target(code).GetProperty(field).GetString(), text.Text);
        Assert.False(text.Unofficial);
        Assert.DoesNotContain('\u0640', text.Text);
    }

    [Fact]
    public void ObjectiveTitle_SpanishWithoutOfficialTitle_UsesTheHubShortLabel()
    {
        var title = TaxonomyTranslations.ObjectiveTitle(3, "es");

        Assert.Equal("Proporcionar información", title.Text);
        Assert.False(title.Unofficial);
        Assert.Equal("Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica", TaxonomyTranslations.ObjectiveTitle(1, "es").Text);
    }

    [Fact]
    public void ObjectiveAndPrinciple_Arabic_AreMarkedUnofficial()
    {
        Assert.True(TaxonomyTranslations.ObjectiveShort(15, "ar").Unofficial);
        Assert.Equal("الوصول إلى الخدمات الأساسية", TaxonomyTranslations.ObjectiveTitle(15, "ar").Text);
        Assert.True(TaxonomyTranslations.PrincipleName("Child-sensitive", "ar").Unofficial);
        Assert.False(TaxonomyTranslations.PrincipleName("Child-sensitive", "fr").Unofficial);
        Assert.Equal("Adaptation aux besoins de l’enfant", TaxonomyTranslations.PrincipleName("Child-sensitive", "fr").Text);
        Assert.True(TaxonomyTranslations.IndicatorText("4.7.1", "ar").Unofficial);
        Assert.False(TaxonomyTranslations.IndicatorText("4.1.1", "ar").Unofficial);
    }

    [Fact]
    public void AllTexts_EveryLanguage_Exist()
    {
        foreach (var language in SiteLanguages.All)
        {
            Assert.All(OfficialTaxonomies.SdgTargets, t => Assert.NotEmpty(TaxonomyTranslations.TargetShort(t.Code, language).Text));
            Assert.All(OfficialTaxonomies.SdgIndicators, i => Assert.Equal(language, TaxonomyTranslations.IndicatorText(i.Code, language).Language));
            Assert.All(OfficialTaxonomies.GcmObjectives, o => Assert.Equal(language, TaxonomyTranslations.ObjectiveTitle(o.Number, language).Language));
            Assert.All(OfficialTaxonomies.GuidingPrinciples, p => Assert.Equal(language, TaxonomyTranslations.PrincipleName(p, language).Language));
        }
    }

    [Theory]
    [InlineData("TR", "en", "Türkiye")]
    [InlineData("TR", "fr", "Turquie")]
    [InlineData("TR", "es", "Turquía")]
    [InlineData("TR", "ar", "تركيا")]
    [InlineData("AX", "fr", "Îles Åland")]
    public void CountryName_InterfaceLanguage_FromIcu(string alpha2, string language, string expected) =>
        Assert.Equal(expected, FacetLabels.CountryName(alpha2, language));

    [Fact]
    public void LanguageName_Spanish_FromIcuCapitalised() => Assert.Equal("Árabe", FacetLabels.LanguageName("ar", "es"));

    [Fact]
    public void Collation_English_SortsAccentedNamesInPlace()
    {
        string[] names = ["Türkiye", "Réunion", "Åland Islands", "Rwanda", "Tunisia", "Austria", "Zambia"];

        Assert.Equal(["Åland Islands", "Austria", "Réunion", "Rwanda", "Tunisia", "Türkiye", "Zambia"], names.Order(DisplayNames.Collation("en")));
    }
}
