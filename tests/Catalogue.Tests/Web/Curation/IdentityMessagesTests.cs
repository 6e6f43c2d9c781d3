using System.Globalization;
using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>
/// Identity's own messages and the password policy's, as the Users page and the change-password page show them, read in
/// the interface language through the app's UserManager (its registered error describer), never in English.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class IdentityMessagesTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData("en", "A password needs at least 12 characters.")]
    [InlineData("fr", "Un mot de passe doit compter au moins 12 caractères.")]
    [InlineData("es", "Una contraseña necesita al menos 12 caracteres.")]
    [InlineData("ar", "تحتاج كلمة المرور إلى 12 حرفًا على الأقل.")]
    public async Task CreateUser_PasswordTooShort_MessageInTheInterfaceLanguage(string language, string expected)
    {
        var errors = await In(language, users => CreateAsync(users, "short"));

        Assert.Contains(errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort) && e.Description == expected);
    }

    [Theory]
    [InlineData("fr", "existe déjà", "trop facile à deviner")]
    [InlineData("es", "Ya existe", "fácil de adivinar")]
    [InlineData("ar", "بالفعل", "سهلة التخمين")]
    public async Task CreateUser_TakenEmailAndCommonPassword_NoEnglishLeft(string language, string duplicate, string common)
    {
        var email = $"identity-{Guid.NewGuid():N}@example.org";
        var errors = await In(language, async users =>
        {
            Assert.Empty(await CreateAsync(users, "Kettle-orbit-violet-harbour", email));
            return [.. await CreateAsync(users, "Kettle-orbit-violet-harbour", email), .. await CreateAsync(users, "sunshine2020"), .. await CreateAsync(users, new string('x', 129))];
        });

        Assert.Contains(errors, e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail) && e.Description.Contains(duplicate, StringComparison.Ordinal) && e.Description.Contains(email, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "PasswordTooCommon" && e.Description.Contains(common, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "PasswordTooLong" && e.Description.Contains("128", StringComparison.Ordinal));
        var english = new[] { "Passwords", "password", "already", "must", "characters", "too common" };
        var left = errors.Where(e => english.Any(w => e.Description.Contains(w, StringComparison.Ordinal))).Select(e => e.Description).ToList();
        Assert.True(left.Count == 0, string.Join(" | ", left));
    }

    [Theory]
    [InlineData("fr", "Mot de passe actuel", "Un mot de passe doit compter au moins 12 caractères.", "Les deux nouveaux mots de passe ne sont pas identiques.")]
    [InlineData("ar", "كلمة المرور الحالية", "تحتاج كلمة المرور إلى 12 حرفًا على الأقل.", "كلمتا المرور الجديدتان غير متطابقتين.")]
    public async Task ChangePasswordPage_TooShortInALanguage_PageAndMessageInThatLanguage(string language, string label, string tooShort, string mismatch)
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);
        var path = $"/{language}/account/password";

        var response = await PostChangeAsync(client, path, "short", "short");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var differing = WebUtility.HtmlDecode(await (await PostChangeAsync(client, path, "tram lantern orchard violet", "tram lantern orchard")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(label, html);
        Assert.Contains(tooShort, html);
        Assert.DoesNotContain("Passwords must", html);
        Assert.Contains(mismatch, differing);
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string path, string replacement, string confirm) =>
        await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password", ["Input.Current"] = SignedInClient.Password, ["Input.New"] = replacement, ["Input.Confirm"] = confirm,
            ["__RequestVerificationToken"] = await SignedInClient.AntiforgeryTokenAsync(client, path),
        }));

    private static async Task<List<IdentityError>> CreateAsync(UserManager<CatalogueUser> users, string password, string? email = null)
    {
        email ??= $"identity-{Guid.NewGuid():N}@example.org";
        var result = await users.CreateAsync(new CatalogueUser { UserName = email, Email = email, CreatedAt = DateTime.UtcNow }, password);
        return [.. result.Errors];
    }

    private async Task<List<IdentityError>> In(string language, Func<UserManager<CatalogueUser>, Task<List<IdentityError>>> action)
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.Culture(language);
            return await action(users);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
