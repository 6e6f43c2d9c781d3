using System.Net;
using System.Text.RegularExpressions;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.ImportExport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>An administrator can require two-factor sign-in for curators (issue 16, item 4): stored in site_settings, checked on every request and action.</summary>
[Trait("Category", TestCategory.Database)]
public sealed partial class TwoFactorRequirementTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task RequireTwoFactor_CuratorWithoutIt_IsSentToSetUpAndCanCurateNothing()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var settings = app.Services.GetRequiredService<SiteSettings>();
        var admin = await AdminAsync();
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        var curator = await TestAccounts.OfEmailAsync(fixture.Database.Factory, email);
        var import = app.Services.GetRequiredService<CurationImportService>();
        var before = await client.GetAsync("/admin/import");

        await settings.SetRequireTwoFactorAsync(admin, true, "127.0.0.1");
        var after = await client.GetAsync("/admin/import");
        var setup = await client.GetStringAsync("/account/two-factor");
        var refused = await Record.ExceptionAsync(() => import.ReadAsync(curator, new MemoryStream("{}"u8.ToArray()), ImportFormat.Json));
        await settings.SetRequireTwoFactorAsync(admin, false, "127.0.0.1");
        var lifted = await client.GetAsync("/admin/import");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/two-factor", after.Headers.Location!.PathOf());
        Assert.Contains("An administrator requires two-factor sign-in for curators.", setup);
        Assert.IsType<CurationForbiddenException>(refused);
        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.EventType == AuditLog.SettingChanged && a.UserId == admin.UserId));
    }

    [Fact]
    public async Task TwoFactorSetupPage_FirstKeyMade_OtherSessionsStaySignedIn()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var settingUp = SignedInClient.NewClient(app);
        using var otherTab = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(settingUp, email, SignedInClient.Password);
        await SignedInClient.PostSignInAsync(otherTab, email, SignedInClient.Password);

        var setup = await settingUp.GetAsync("/account/two-factor");
        var other = await otherTab.GetAsync("/admin/entries");
        var again = await settingUp.GetStringAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var key = KeyOnPage().Match(await setup.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.Equal(key, KeyOnPage().Match(again).Groups[1].Value);
    }

    [Fact]
    public async Task RequireTwoFactor_CuratorWithIt_KeepsCuratingAndContributorIsNotAffected()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var settings = app.Services.GetRequiredService<SiteSettings>();
        var admin = await AdminAsync();
        using var curator = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator, twoFactor: true);
        using var contributor = await SignedInClient.SignInAsync(app, CatalogueRoles.Contributor);

        await settings.SetRequireTwoFactorAsync(admin, true, null);
        var curatorPage = await curator.GetAsync("/admin/import");
        var contributorPage = await contributor.GetAsync("/admin/entries");
        await settings.SetRequireTwoFactorAsync(admin, false, null);

        Assert.Equal(HttpStatusCode.OK, curatorPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contributorPage.StatusCode);
    }

    [Fact]
    public async Task RequireTwoFactor_CuratorTurnsItOn_ReachesTheAdminArea()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var settings = app.Services.GetRequiredService<SiteSettings>();
        var admin = await AdminAsync();
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        await settings.SetRequireTwoFactorAsync(admin, true, null);
        try
        {
            var html = await client.GetStringAsync("/account/two-factor");
            var key = System.Text.RegularExpressions.Regex.Match(html, "class=\"totp-key\" dir=\"ltr\">([a-z2-7 ]+)<").Groups[1].Value
                .Replace(" ", "").ToUpperInvariant();
            var enabled = await RecoveryCodeTests.PostFormAsync(client, "/account/two-factor", "enable-2fa", new() { ["Input.Code"] = SignedInClient.Totp(key) });

            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/import")).StatusCode);
        }
        finally
        {
            await settings.SetRequireTwoFactorAsync(admin, false, null);
        }
    }

    [Fact]
    public async Task SetRequireTwoFactor_AdministratorDisabledSinceTheTabOpened_IsRefusedAndNothingChanges()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var settings = app.Services.GetRequiredService<SiteSettings>();
        var admin = TestAccounts.Actor($"disabled-admin-{Guid.NewGuid():N}", $"disabled-admin-{Guid.NewGuid():N}@example.org", CatalogueRoles.Administrator);
        await TestAccounts.AddAsync(fixture.Database.Factory, admin);
        await using (var db = fixture.Database.CreateContext())
        {
            await db.Users.Where(u => u.Id == admin.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
        }

        await Assert.ThrowsAsync<CurationForbiddenException>(() => settings.SetRequireTwoFactorAsync(admin, true, null));

        Assert.False(await settings.RequireTwoFactorAsync());
    }

    private async Task<CurationActor> AdminAsync()
    {
        var admin = TestAccounts.Actor($"admin-{Guid.NewGuid():N}", $"admin-{Guid.NewGuid():N}@example.org", CatalogueRoles.Administrator);
        await TestAccounts.AddAsync(fixture.Database.Factory, admin);
        return admin;
    }

    [GeneratedRegex("<code class=\"totp-key\" dir=\"ltr\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyOnPage();
}
