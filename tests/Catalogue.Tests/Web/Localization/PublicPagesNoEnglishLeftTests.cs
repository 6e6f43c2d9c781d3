using System.Net;
using System.Text.RegularExpressions;
using Catalogue.Tests.Web.Curation;
using Catalogue.Tests.Web.Features;

namespace Catalogue.Tests.Web.Localization;

/// <summary>
/// About, Suggest (with its validation messages) and the thank-you page in French, Spanish and Arabic (issue 17): none of the
/// English texts they used to show is left in the page's main part, and the document carries the language and direction.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed partial class PublicPagesNoEnglishLeftTests(PublicPagesTests.Site site) : IClassFixture<PublicPagesTests.Site>
{
    /// <summary>English texts of these pages, each distinctive enough not to occur in another language.</summary>
    private static readonly string[] English =
    [
        "About the catalogue", "Who it is for", "Where the data comes from", "Reaching the source", "How entries are classified",
        "Searching", "Suggest an entry", "Open data", "the web page of the programme", "Word endings do not matter",
        "Suggest an initiative", "Tell us", "Title of the initiative", "Web address", "What it does", "Country (optional)",
        "Your e-mail address", "Send suggestion", "Leave this empty", "Thank you", "Your suggestion has reached the curators",
        "Back to the catalogue", "Please correct", "Enter the title", "Describe the initiative", "Enter a valid e-mail",
        "Enter a full web address", "Enter your e-mail",
    ];

    public static TheoryData<string> Languages => ["fr", "es", "ar"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task AboutSuggestThanks_EachLanguage_NoEnglishTextLeft(string language)
    {
        var left = new List<string>();
        foreach (var path in new[] { "/about", "/suggest", "/suggest/thanks" })
        {
            var html = await site.Client.GetStringAsync($"/{language}{path}");
            AssertDocumentLanguage(html, language);
            left.AddRange(EnglishIn(html).Select(e => $"{path}: {e}"));
        }

        Assert.Empty(left);
    }

    [Theory]
    [InlineData("fr", "Indiquez le titre.", "Indiquez une adresse e-mail valide.")]
    [InlineData("es", "Escriba el título.", "Escriba un correo electrónico válido.")]
    [InlineData("ar", "أدخل العنوان.", "أدخل بريدًا إلكترونيًا صحيحًا.")]
    public async Task Suggest_InvalidInputInALanguage_ValidationMessagesInThatLanguage(string language, string noTitle, string badEmail)
    {
        var html = await PostFormAsync($"/{language}/suggest", "suggest", new()
        {
            ["Input.Title"] = "", ["Input.Link"] = "https://example.org/x", ["Input.Summary"] = "Lessons on Saturdays.", ["Input.Email"] = "not an address",
        });

        Assert.Contains(noTitle, html);
        Assert.Contains(badEmail, html);
        Assert.Empty(EnglishIn(html));
        AssertDocumentLanguage(html, language);
    }

    [Theory]
    [InlineData("fr", "Indiquez votre adresse e-mail.", "Indiquez votre mot de passe.")]
    [InlineData("es", "Escriba su correo electrónico.", "Escriba su contraseña.")]
    [InlineData("ar", "أدخل عنوان بريدك الإلكتروني.", "أدخل كلمة المرور.")]
    public async Task SignIn_EmptyFieldsInALanguage_ValidationMessagesInThatLanguage(string language, string noEmail, string noPassword)
    {
        var html = await PostFormAsync($"/{language}/account/login", "login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Contains($"<div class=\"validation-message\">{noEmail}</div>", html);
        Assert.Contains($"<div class=\"validation-message\">{noPassword}</div>", html);
        Assert.DoesNotContain("Enter your", html);
    }

    /// <summary>Posts a form of the page with its antiforgery token; the page answered 200 and its HTML, decoded.</summary>
    private async Task<string> PostFormAsync(string path, string handler, Dictionary<string, string> fields)
    {
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = await SignedInClient.AntiforgeryTokenAsync(site.Client, path);
        var response = await site.Client.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> EnglishIn(string html)
    {
        var main = MainRegex().Match(html);
        Assert.True(main.Success, "no <main>");
        var text = WebUtility.HtmlDecode(main.Groups[1].Value);
        return English.Where(e => text.Contains(e, StringComparison.Ordinal));
    }

    private static void AssertDocumentLanguage(string html, string language) =>
        Assert.Contains($"<html lang=\"{language}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\"", html);

    [GeneratedRegex("<main[^>]*>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainRegex();
}
