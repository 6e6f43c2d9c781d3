using System.Net;
using Catalogue.Tests.Web.Features;

namespace Catalogue.Tests.Web.Localization;

/// <summary>The interface language is the URL's prefix (issue 17): /fr/…, /es/…, /ar/…, English at the root.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class LanguageUrlTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    [Theory]
    [InlineData("/fr", "fr", "ltr", "Catalogue de l’éducation des migrants")]
    [InlineData("/es", "es", "ltr", "Catálogo de Educación para Migrantes")]
    [InlineData("/ar", "ar", "rtl", "فهرس تعليم المهاجرين")]
    [InlineData("/", "en", "ltr", "Migrant Education Catalogue")]
    public async Task HomePage_LanguagePrefix_RendersThatLanguageWithLangAndDir(string path, string lang, string dir, string siteName)
    {
        var html = await site.Client.GetStringAsync(path);

        Assert.Contains($"<html lang=\"{lang}\" dir=\"{dir}\">", html);
        Assert.Contains(siteName, html);
    }

    [Fact]
    public async Task CataloguePage_French_LinksStayInFrench()
    {
        var html = await site.Client.GetStringAsync("/fr/catalogue?sdg=4.1");

        Assert.Contains("action=\"/fr/catalogue\"", html);
        Assert.Contains("href=\"/fr/entries/", html);
        Assert.Contains("href=\"/fr/about\"", html);
        Assert.DoesNotContain("href=\"/entries/", html);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/fr/catalogue?sdg=4.1\"", html);
    }

    [Fact]
    public async Task LanguageSwitcher_OnSearch_KeepsTheSearchInEveryLanguage()
    {
        var html = await site.Client.GetStringAsync("/es/catalogue?q=school&sdg=4.1");

        Assert.Contains("href=\"/catalogue?q=school&amp;sdg=4.1\" hreflang=\"en\"", html);
        Assert.Contains("href=\"/fr/catalogue?q=school&amp;sdg=4.1\" hreflang=\"fr\"", html);
        Assert.Contains("href=\"/ar/catalogue?q=school&amp;sdg=4.1\" hreflang=\"ar\"", html);
        Assert.Contains("<span aria-current=\"true\" lang=\"es\">Español</span>", html);
    }

    [Fact]
    public async Task EntryPage_Arabic_HasHreflangAlternatesForEachLanguage()
    {
        var html = await site.Client.GetStringAsync("/ar/entries/promoting-integration-toolkit");

        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/entries/promoting-integration-toolkit\"", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/fr/entries/promoting-integration-toolkit\"", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost/ar/entries/promoting-integration-toolkit\"", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/entries/promoting-integration-toolkit\"", html);
    }

    [Theory]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.5", "/fr")]
    [InlineData("ar", "/ar")]
    [InlineData("de-DE,es;q=0.8,en;q=0.7", "/es")]
    public async Task Home_FirstVisitPreferringAnotherLanguage_RedirectsOnceVisibly(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("en-GB,fr;q=0.5", null)]
    [InlineData("fr", "http://localhost/fr/catalogue")]
    public async Task Home_EnglishPreferredOrComingFromTheSite_StaysEnglish(string acceptLanguage, string? referer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CataloguePage_AcceptLanguageFrench_NeverChangesTheLanguageSilently()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalogue");
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr");

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPage_French_AnswersNotFoundInFrench()
    {
        var response = await site.Client.GetAsync("/fr/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"fr\"", await response.Content.ReadAsStringAsync());
    }
}
