using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>
/// Rights follow the account at once (issue 15, items 1 and 2): the actor a page or tab holds is the account as it was at
/// sign-in; every service action checks it against the account now.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class AccountStateTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Publish_ByCuratorDemotedAfterSignIn_IsRefusedAndTheEntryStaysInReview()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var curation = app.Services.GetRequiredService<EntryCurationService>();
        var curator = await SignedInActorAsync(app, CatalogueRoles.Curator);
        var id = await curation.CreateAsync(curator, AuthorizationMatrixFixture.Model($"Demoted curator {Guid.NewGuid():N}"[..28]));
        await curation.TransitionCurrentAsync(curator, id, EntryStatus.InReview);
        var seen = await curation.GetForEditAsync(curator, id);

        await SetRolesAsync(app, curator, CatalogueRoles.Contributor);
        var error = await Assert.ThrowsAsync<CurationForbiddenException>(() => curation.TransitionAsync(curator, id, EntryStatus.Published, seen.Version, seen.Model));

        Assert.Equal(AccountState.SignInAgain, error.Message);
        Assert.Equal(EntryStatus.InReview, await StatusAsync(id));
    }

    [Fact]
    public async Task Create_FromATabOpenedBeforeSigningOut_IsRefusedAndCreatesNothing()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Contributor);
        using var client = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        var tab = await TestAccounts.OfEmailAsync(fixture.Database.Factory, email);
        var title = $"Created after sign-out {Guid.NewGuid():N}";

        await SignOutAsync(client);
        var error = await Record.ExceptionAsync(() => app.Services.GetRequiredService<EntryCurationService>().CreateAsync(tab, AuthorizationMatrixFixture.Model(title)));

        Assert.IsType<CurationForbiddenException>(error);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Entries.AnyAsync(e => e.Title == title));
    }

    [Fact]
    public async Task Actions_ByDisabledUser_AreRefused()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var curator = await SignedInActorAsync(app, CatalogueRoles.Curator);
        var admin = await SignedInActorAsync(app, CatalogueRoles.Administrator);
        var queries = app.Services.GetRequiredService<EntryAdminQueries>();
        await queries.CountAsync(curator);

        await app.Services.GetRequiredService<UserAdministrationService>().SetDisabledAsync(admin, curator.UserId, true, null);

        await Assert.ThrowsAsync<CurationForbiddenException>(() => queries.CountAsync(curator));
        await Assert.ThrowsAsync<CurationForbiddenException>(() => app.Services.GetRequiredService<EntryCurationService>()
            .CreateAsync(curator, AuthorizationMatrixFixture.Model("Written by a disabled account")));
    }

    [Fact]
    public async Task SignOut_CookieSavedBeforeAndReplayedAfter_GetsTheSignInPage()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        var signIn = await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        var saved = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("catalogue.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var replay = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var before = await GetWithCookieAsync(replay, saved);

        await SignOutAsync(client);
        var after = await GetWithCookieAsync(replay, saved);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathOf());
    }

    [Fact]
    public async Task TwoFactorSignIn_SameCodeTwice_IsRefusedTheSecondTime()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, key) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Administrator, twoFactor: true);
        var code = SignedInClient.Totp(key!);

        var first = await SignInWithCodeAsync(app, email, code);
        var second = await SignInWithCodeAsync(app, email, code);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/admin", first.Headers.Location!.PathOf());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("That code is not right", await second.Content.ReadAsStringAsync());
    }

    private async Task<CurationActor> SignedInActorAsync(CatalogueAppFactory app, string role)
    {
        var (email, _) = await SignedInClient.CreateUserAsync(app, role, twoFactor: role == CatalogueRoles.Administrator);
        return await TestAccounts.OfEmailAsync(fixture.Database.Factory, email);
    }

    private async Task SetRolesAsync(CatalogueAppFactory app, CurationActor user, params string[] roles)
    {
        var admin = await SignedInActorAsync(app, CatalogueRoles.Administrator);
        await app.Services.GetRequiredService<UserAdministrationService>().SetRolesAsync(admin, user.UserId, roles, null);
    }

    private async Task<EntryStatus> StatusAsync(int id)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Entries.Where(e => e.Id == id).Select(e => e.Status).SingleAsync();
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var token = await SignedInClient.AntiforgeryTokenAsync(client, "/account/login");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(CatalogueAppFactory app, string email, string code)
    {
        using var client = SignedInClient.NewClient(app);
        var password = await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        var path = password.Headers.Location!.PathOf();
        var token = await SignedInClient.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login-2fa", ["Input.Code"] = code, ["__RequestVerificationToken"] = token,
        }));
    }
}
