using Microsoft.Extensions.DependencyInjection;
using Catalogue.Core.Curation.Accounts;
using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Web.Curation;

[Trait("Category", TestCategory.Database)]
public sealed class AccountTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksOutEvenWithTheRightPassword()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);

        for (var i = 0; i < 4; i++)
        {
            var wrong = await SignedInClient.PostSignInAsync(client, email, "not the right password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("is not right", await wrong.Content.ReadAsStringAsync());
        }

        var fifth = await SignedInClient.PostSignInAsync(client, email, "not the right password at all");
        var right = await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);

        // The locked account answers like any failed sign-in: no lockout page tells that the account exists.
        Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("or the account is locked", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        await using var db = fixture.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserName == email && a.EventType == AuditLog.LockedOut));
        Assert.Equal(4, await db.AuditEvents.CountAsync(a => a.UserName == email && a.EventType == AuditLog.SignInFailed));
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.UserName == email && a.EventType == AuditLog.LockedOut));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/suggest")]
    [InlineData("/oai")]
    public async Task Post_FormWithNul_Returns400SayingWhyInsteadOf500(string path)
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = SignedInClient.NewClient(app);

        var response = await client.PostAsync(path, new StringContent("Input.Email=someone%00%40example.org&verb=Identify",
            System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("such as NUL, %00", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_WithAdministratorIssuedPassword_MustChangeItBeforeTheAdminArea()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var admin = TestAccounts.Actor($"admin-{Guid.NewGuid():N}", $"admin-{Guid.NewGuid():N}@example.org", CatalogueRoles.Administrator);
        await TestAccounts.AddAsync(fixture.Database.Factory, admin);
        var email = $"issued-{Guid.NewGuid():N}@example.org";
        var issued = await app.Services.GetRequiredService<UserAdministrationService>().CreateAsync(admin, email, CatalogueRoles.Curator, null);
        using var client = SignedInClient.NewClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.PostSignInAsync(client, email, issued)).StatusCode);

        var admin1 = await client.GetAsync("/admin/entries");
        var form = await client.GetStringAsync("/account/password");
        var wrong = await PostChangeAsync(client, "not the issued password", "tram lantern orchard violet");
        var weak = await PostChangeAsync(client, issued, "password1234");
        var changed = await PostChangeAsync(client, issued, "tram lantern orchard violet");
        var admin2 = await client.GetAsync("/admin/entries");

        Assert.Equal(HttpStatusCode.Redirect, admin1.StatusCode);
        Assert.Equal("/account/password", admin1.Headers.Location!.OriginalString);
        Assert.Contains("issued by an administrator", form);
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.DoesNotContain("issued by an administrator", await (await client.GetAsync("/admin/entries")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin2.StatusCode);
        await using var db = fixture.Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.False(user.MustChangePassword);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserName == email && a.EventType == AuditLog.PasswordChanged));
        using var fresh = SignedInClient.NewClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.PostSignInAsync(fresh, email, "tram lantern orchard violet")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string replacement) =>
        await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password", ["Input.Current"] = current, ["Input.New"] = replacement, ["Input.Confirm"] = replacement,
            ["__RequestVerificationToken"] = await SignedInClient.AntiforgeryTokenAsync(client, "/account/password"),
        }));

    [Fact]
    public async Task CreateUser_NulInEmail_ThrowsForTheEmailAndCreatesNobody()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var users = app.Services.GetRequiredService<UserAdministrationService>();
        var admin = TestAccounts.Actor("admin-id", "admin@example.org", CatalogueRoles.Administrator);
        await TestAccounts.AddAsync(fixture.Database.Factory, admin);

        var ex = await Assert.ThrowsAsync<CurationValidationException>(() => users.CreateAsync(admin, "new\0user@example.org", CatalogueRoles.Curator, null));

        Assert.Equal(["Email"], ex.Errors.Keys);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email!.StartsWith("new")));
    }

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_Returns429()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("Curation:RateLimits:SignInPerAccountPerMinute", "3"));
        using var client = SignedInClient.NewClient(app);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await SignedInClient.PostSignInAsync(client, "target@example.org", "some wrong password");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Matches(@"^Too many requests from your address\. Wait \d+ seconds, then try again\.$", await last!.Content.ReadAsStringAsync());
        Assert.True(last.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task SignIn_PerIpLimit_Returns429ForAnyAccount()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString)
            .WithWebHostBuilder(b => b.UseSetting("Curation:RateLimits:SignInPerIpPerMinute", "2"));
        using var client = SignedInClient.NewClient(app);

        await SignedInClient.PostSignInAsync(client, "a@example.org", "some wrong password");
        await SignedInClient.PostSignInAsync(client, "b@example.org", "some wrong password");
        var third = await SignedInClient.PostSignInAsync(client, "c@example.org", "some wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Admin_WithoutTwoFactor_IsSentToSetItUp()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Administrator);

        var admin = await client.GetAsync("/admin/users");
        var setup = await client.GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/account/two-factor", admin.Headers.Location!.PathOf());
        var html = await setup.Content.ReadAsStringAsync();
        Assert.Contains("Administrators must use two-factor sign-in", html);
        Assert.Contains("otpauth://totp/", html);
    }

    [Fact]
    public async Task Admin_WithTwoFactor_SignsInWithCodeAndReachesUsers()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Administrator, twoFactor: true);

        var users = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        await using var db = fixture.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EventType == AuditLog.SignIn && a.Details == "with two-factor code"));
    }

    [Fact]
    public async Task Posts_WithoutAntiforgeryToken_Return400()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);

        var signIn = await SignedInClient.PostSignInAsync(client, "x@example.org", "whatever password", withToken: false);
        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var suggest = await client.PostAsync("/suggest", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "suggest", ["Input.Title"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, suggest.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithToken_EndsTheSession()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);
        var token = await SignedInClient.AntiforgeryTokenAsync(client, "/account/login");

        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/account/login", admin.Headers.Location!.PathOf());
    }
}
