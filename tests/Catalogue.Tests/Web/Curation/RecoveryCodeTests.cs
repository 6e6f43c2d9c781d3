using System.Net;
using System.Text.RegularExpressions;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Entities;
using Catalogue.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>Two-factor set-up with a QR code, recovery codes shown once and stored hashed, sign-in with a recovery code (issue 16, item 4).</summary>
[Trait("Category", TestCategory.Database)]
public sealed partial class RecoveryCodeTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task TwoFactorSetupPage_WithoutTwoFactor_ShowsInlineQrSvgAndTheKeyAsText()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);

        var response = await client.GetAsync("/account/two-factor");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<svg [^>]*class=\"qr-code\"[^>]*viewBox=\"0 0 \\d+ \\d+\"", html);
        Assert.Contains("<path fill=\"#000000\" d=\"M", html);
        Assert.Matches("<code class=\"totp-key\" dir=\"ltr\">([a-z2-7]{4} ?)+</code>", html);
        Assert.Contains("issuer=Migrant%20Education%20Catalogue", html);
        Assert.Contains("otpauth://totp/Migrant%20Education%20Catalogue:", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public void QrCodeSvg_Render_DrawsSquaresWithoutAnyExternalReference()
    {
        var svg = QrCodeSvg.Render(TwoFactorSetupPage.AuthenticatorUri("someone@example.org", "JBSWY3DPEHPK3PXP"), "QR <code>");

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Contains("<title>QR &lt;code&gt;</title>", svg);
        Assert.DoesNotContain("href", svg);
        Assert.DoesNotContain("style=", svg);
        Assert.Matches("d=\"(M\\d+ \\d+h1v1h-1z)+\"", svg);
    }

    [Fact]
    public async Task EnableTwoFactor_RightCode_ShowsTenRecoveryCodesStoredOnlyAsHashes()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        var key = KeyOnPage().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value.Replace(" ", "").ToUpperInvariant();

        var enabled = await PostFormAsync(client, "/account/two-factor", "enable-2fa", new() { ["Input.Code"] = SignedInClient.Totp(key) });
        var html = await enabled.Content.ReadAsStringAsync();
        var codes = Codes(html);
        var again = await client.GetStringAsync("/account/two-factor");

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.DoesNotContain(codes[0], again);
        Assert.Contains("Recovery codes left: 10", again);
        await using var db = fixture.Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var stored = await db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync();
        Assert.True(user.TwoFactorEnabled);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored!));
        Assert.All(stored!.Split(';'), entry => Assert.StartsWith("pbkdf2$", entry));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserId == user.Id && a.EventType == AuditLog.RecoveryCodesGenerated));
    }

    [Fact]
    public async Task SignInWithRecoveryCode_SameCodeTwice_SecondIsRefusedAndAnotherCodeWorks()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator, twoFactor: true);
        var codes = await NewCodesAsync(app, email);

        using var first = SignedInClient.NewClient(app);
        var firstResult = await SignInWithRecoveryCodeAsync(first, email, codes[0]);
        using var second = SignedInClient.NewClient(app);
        var secondResult = await SignInWithRecoveryCodeAsync(second, email, codes[0]);
        using var third = SignedInClient.NewClient(app);
        var thirdResult = await SignInWithRecoveryCodeAsync(third, email, codes[1].ToLowerInvariant().Replace("-", ""));

        Assert.Equal(HttpStatusCode.Redirect, firstResult.StatusCode);
        Assert.Equal("/admin", firstResult.Headers.Location!.PathOf());
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResult.StatusCode);
        Assert.Contains("That recovery code is not right, or it was already used.", await secondResult.Content.ReadAsStringAsync());
        Assert.StartsWith("/account/login", (await second.GetAsync("/admin")).Headers.Location!.PathOf());
        Assert.Equal(HttpStatusCode.Redirect, thirdResult.StatusCode);
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.UserName == email && a.EventType == AuditLog.RecoveryCodeUsed));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserName == email && a.Details == "wrong or used recovery code"));
    }

    [Fact]
    public async Task TwoFactorSignInPage_Always_LinksToTheRecoveryCodePage()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator, twoFactor: true);
        using var client = SignedInClient.NewClient(app);
        var signIn = await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);

        var html = await client.GetStringAsync(signIn.Headers.Location!.PathOf());

        Assert.Contains("href=\"/account/login-recovery", html);
        Assert.Contains("Use a recovery code", html);
    }

    [Fact]
    public async Task LoginRecovery_FiveWrongCodes_LocksTheAccountEvenForARightCode()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator, twoFactor: true);
        var codes = await NewCodesAsync(app, email);
        using var client = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await PostFormAsync(client, "/account/login-recovery", "login-recovery", new() { ["Input.Code"] = $"WRONG-{i:D5}" })).StatusCode);
        }

        var right = await PostFormAsync(client, "/account/login-recovery", "login-recovery", new() { ["Input.Code"] = codes[0] });
        using var other = SignedInClient.NewClient(app);
        var password = await SignedInClient.PostSignInAsync(other, email, SignedInClient.Password);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Redirect], statuses);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/account/lockout", right.Headers.Location!.PathOf());
        Assert.StartsWith("/account/login", (await client.GetAsync("/admin")).Headers.Location!.PathOf());
        Assert.Contains("or the account is locked", await password.Content.ReadAsStringAsync());
        await using var db = fixture.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserName == email && a.Details == "too many wrong recovery codes"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("an overlong recovery code that is certainly not one of the ten")]
    public async Task LoginRecovery_EmptyOrOverlongCode_AsksForACodeWithout500(string code)
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator, twoFactor: true);
        using var client = SignedInClient.NewClient(app);

        var response = await SignInWithRecoveryCodeAsync(client, email, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a recovery code.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LoginRecovery_WithoutPasswordStep_RedirectsToSignIn()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = SignedInClient.NewClient(app);

        var response = await client.GetAsync("/account/login-recovery");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathOf());
    }

    [Fact]
    public async Task RegenerateRecoveryCodes_FromTheSetupPage_OldCodesStopWorkingAndNewOnesWorkOnce()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, key) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator, twoFactor: true);
        var old = await NewCodesAsync(app, email);
        using var client = SignedInClient.NewClient(app);
        await SignInWithRecoveryCodeAsync(client, email, old[0]);

        var regenerated = await PostFormAsync(client, "/account/two-factor", "regenerate-codes", new() { ["Regenerate.Confirm"] = "yes" });
        var fresh = Codes(await regenerated.Content.ReadAsStringAsync());

        Assert.NotNull(key);
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, old[1])).Succeeded);
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, fresh[0])).Succeeded);
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, fresh[0])).Succeeded);
        Assert.Equal(9, await users.CountRecoveryCodesAsync(user));
        await using var db = fixture.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserName == email && a.EventType == AuditLog.RecoveryCodesGenerated
                                                       && a.Details == "10 new codes; the earlier ones no longer work"));
    }

    [Theory]
    [InlineData("ABCDE-12345", "abcde12345", true)]
    [InlineData("ABCDE-12345", " abcde-12345 ", true)]
    [InlineData("ABCDE-12345", "ABCDE-12346", false)]
    public void HashedRecoveryCode_TypedDifferently_MatchesOnlyTheSameCode(string code, string typed, bool expected)
    {
        var stored = HashedRecoveryCodeUserStore.Hash(code);

        Assert.Equal(expected, HashedRecoveryCodeUserStore.Matches(stored, typed));
        Assert.DoesNotContain("12345", stored);
    }

    private static async Task<List<string>> NewCodesAsync(CatalogueAppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
    }

    internal static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(HttpClient client, string email, string code)
    {
        var signIn = await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        Assert.StartsWith("/account/login-2fa", signIn.Headers.Location!.PathOf());
        return await PostFormAsync(client, "/account/login-recovery", "login-recovery", new() { ["Input.Code"] = code });
    }

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = await SignedInClient.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static List<string> Codes(string html) => CodeOnPage().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex CodeOnPage();

    [GeneratedRegex("<code class=\"totp-key\" dir=\"ltr\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyOnPage();
}
