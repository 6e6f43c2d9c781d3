using System.Globalization;
using Catalogue.Core.Localization;
using Catalogue.Tests.Web.Features;
using Catalogue.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Catalogue.Tests.Web.Localization;

/// <summary>Public pages, errors and MudBlazor's texts in each interface language; plural forms per language.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class InterfaceTextTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    [Theory]
    [InlineData("/fr/catalogue", "Filtrer les résultats", "Catalogue · Catalogue de l’éducation des migrants")]
    [InlineData("/es/catalogue", "Filtrar los resultados", "Catálogo · Catálogo de Educación para Migrantes")]
    [InlineData("/ar/catalogue", "تصفية النتائج", "الفهرس · فهرس تعليم المهاجرين")]
    public async Task CataloguePage_EachLanguage_TextsAndTitleTranslated(string path, string facetsTitle, string title)
    {
        var html = await site.Client.GetStringAsync(path);

        Assert.Contains(facetsTitle, html);
        Assert.Contains($"<title>{title}</title>", html);
        Assert.DoesNotContain("Filter results", html);
        Assert.DoesNotContain("Apply filters", html);
    }

    [Theory]
    [InlineData("/fr/entries/promoting-integration-toolkit", "Date de publication", "Citer cette fiche")]
    [InlineData("/es/entries/promoting-integration-toolkit", "Fecha de publicación", "Citar esta ficha")]
    [InlineData("/ar/entries/promoting-integration-toolkit", "تاريخ النشر", "استشهد بهذا المدخل")]
    public async Task EntryPage_EachLanguage_FieldLabelsTranslated(string path, string dateLabel, string citeTitle)
    {
        var html = await site.Client.GetStringAsync(path);

        Assert.Contains($"<dt>{dateLabel}</dt>", html);
        Assert.Contains(citeTitle, html);
        Assert.DoesNotContain("<dt>Target audience</dt>", html);
    }

    [Fact]
    public async Task NotFoundPage_Spanish_IsSpanish()
    {
        var response = await site.Client.GetAsync("/es/entries/no-such-entry");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Página no encontrada", html);
        Assert.Contains("<meta name=\"description\" content=\"No hay nada en esta dirección.\"", html);
    }

    [Theory]
    [InlineData("en", 1, "1 entry")]
    [InlineData("en", 0, "0 entries")]
    [InlineData("fr", 0, "0 fiche")]
    [InlineData("fr", 1, "1 fiche")]
    [InlineData("fr", 1234, "1 234 fiches")]
    [InlineData("es", 1234, "1.234 fichas")]
    [InlineData("ar", 0, "لا مدخلات")]
    [InlineData("ar", 1, "مدخل واحد")]
    [InlineData("ar", 2, "مدخلان")]
    [InlineData("ar", 3, "3 مدخلات")]
    [InlineData("ar", 11, "11 مدخلًا")]
    [InlineData("ar", 100, "100 مدخل")]
    public void Plural_EachLanguage_UsesItsOwnForms(string language, int n, string expected)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var texts = services.GetRequiredService<IStringLocalizer<SiteText>>();
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.Culture(language);

            Assert.Equal(expected, texts.Plural("Count.Entries", n).Replace('\u202F', ' ').Replace('\u00A0', ' '));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void MudLocalizer_French_TranslatesMudBlazorsPagerAndFallsBackOtherwise()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var localizer = new CatalogueMudLocalizer(services.GetRequiredService<IStringLocalizer<SiteText>>());
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = SiteLanguages.Culture("fr");

            Assert.Equal("Lignes par page :", localizer["MudDataGridPager_RowsPerPage"].Value);
            Assert.Equal("1–25 sur 80", localizer["MudDataGridPager_InfoFormat", 1, 25, 80].Value);
            Assert.True(localizer["MudColorPicker_HueSlider"].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Fact]
    public async Task GcmPage_French_OfficialTitlesAndHubLabels()
    {
        var html = await site.Client.GetStringAsync("/fr/gcm");

        Assert.Contains("Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits", html);
        Assert.Contains("Priorité à la dimension humaine", html);
        Assert.DoesNotContain("traduction non officielle", html);
    }

    [Fact]
    public async Task GcmPage_Arabic_OwnTranslationsVisiblyMarkedUnofficial()
    {
        var html = await site.Client.GetStringAsync("/ar/gcm");

        Assert.Contains("الوصول إلى الخدمات الأساسية", html);
        Assert.Contains("(ترجمة غير رسمية)", html);
    }

    [Fact]
    public async Task Sdg4Page_Spanish_OfficialTargetText()
    {
        var html = await site.Client.GetStringAsync("/es/sdg4/4.1");

        Assert.Contains("De aquí a 2030, asegurar que todas las niñas y todos los niños terminen la enseñanza primaria y secundaria", html);
        Assert.Contains("<html lang=\"es\"", html);
    }

    [Fact]
    public async Task CataloguePage_French_CountryFacetInFrenchAndKindsTranslated()
    {
        var html = await site.Client.GetStringAsync("/fr/catalogue");

        Assert.Contains("Turquie", html);
        Assert.Contains("Programme", html);
        Assert.Contains("Événement", html);
    }
}
