using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Entities;
using Catalogue.Tests.Web.Curation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>Two-factor set-up with QR code and recovery codes, recovery-code sign-in, requiring two-factor, deleting an account (issue 16, item 4).</summary>
[Collection(AdminSiteCollection.Name)]
[Trait("Category", TestCategory.Browser)]
public sealed class AccountSelfServiceBrowserTests(AdminSiteFixture site)
{
    [Fact]
    public async Task TwoFactorSetup_ScanAndEnterCode_ShowsQrSvgThenTenRecoveryCodes()
    {
        foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            var page = await site.SignedInPageAsync(CatalogueRoles.Curator, width);
            foreach (var (language, prefix) in new[] { ("ar", "/ar"), ("en", "") })
            {
                await page.GotoAsync($"{prefix}/account/two-factor");
                var qr = page.Locator("svg.qr-code");
                await Assertions.Expect(qr).ToBeVisibleAsync();
                var box = await qr.BoundingBoxAsync();
                Assert.InRange(box!.Width, 200, 240);
                Assert.True(box.X >= 0 && box.X + box.Width <= width, $"QR code outside the {width} px page");
                await Assertions.Expect(page.Locator(".totp-key")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^([a-z2-7]{4} ?)+$"));
                await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"two-factor-setup-{language}-{suffix}"), FullPage = true });
            }

            var key = (await page.Locator(".totp-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
            // A code made in the last seconds of its 30-second step may be checked in the next one on a busy machine.
            var intoStep = DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30;
            if (intoStep >= 24)
            {
                await Task.Delay(TimeSpan.FromSeconds(31 - intoStep));
            }

            await page.FillAsync("#code", SignedInClient.Totp(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

            await Assertions.Expect(page.Locator(".recovery-code-list li")).ToHaveCountAsync(10);
            await Assertions.Expect(page.GetByText("They are shown only now.")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"two-factor-recovery-codes-en-{suffix}"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task SignIn_EmptyFormInArabicAndEnglish_MessagesUnderEachFieldInThePageLanguage()
    {
        foreach (var (suffix, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, BaseURL = site.BaseUrl });
            var page = await context.NewPageAsync();
            foreach (var (language, prefix, noEmail, noPassword) in new[]
                     {
                         ("ar", "/ar", "أدخل عنوان بريدك الإلكتروني.", "أدخل كلمة المرور."),
                         ("en", "", "Enter your e-mail address.", "Enter your password."),
                     })
            {
                await page.GotoAsync($"{prefix}/account/login");
                await page.ClickAsync("form.account-form button[type=submit]");

                var messages = page.Locator("form.account-form .validation-message");
                await Assertions.Expect(messages).ToHaveTextAsync([noEmail, noPassword]);
                Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
                await page.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"sign-in-empty-{language}-{suffix}"), FullPage = true });
            }

            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task SignIn_WithRecoveryCode_WorksOnceThenTheSameCodeIsRefused()
    {
        var (email, _) = await SignedInClient.CreateUserAsync(site.App, CatalogueRoles.Curator, twoFactor: true);
        string code;
        using (var scope = site.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!.First();
        }

        var first = await RecoveryAttemptAsync(email, code);
        await first.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        await first.Context.CloseAsync();
        var second = await RecoveryAttemptAsync(email, code);

        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That recovery code is not right, or it was already used.");
        Assert.Equal("/account/login-recovery", new Uri(second.Url).AbsolutePath);
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task RequireTwoFactor_AdministratorTurnsItOn_CuratorIsSentToSetUp()
    {
        var admin = await site.SignedInPageAsync(CatalogueRoles.Administrator);
        var curator = await site.SignedInPageAsync(CatalogueRoles.Curator);
        try
        {
            await AdminSiteFixture.GotoInteractiveAsync(admin, "/admin/users");
            await admin.GetByText("Require two-factor sign-in for curators").ClickAsync();
            await Assertions.Expect(admin.GetByText("Curators now need two-factor sign-in.")).ToBeVisibleAsync();

            await curator.GotoAsync("/admin/entries");

            Assert.Equal("/account/two-factor", new Uri(curator.Url).AbsolutePath);
            await Assertions.Expect(curator.GetByRole(AriaRole.Alert)).ToHaveTextAsync("An administrator requires two-factor sign-in for curators. Set it up to continue.");
            await Assertions.Expect(curator.Locator("svg.qr-code")).ToBeVisibleAsync();
        }
        finally
        {
            await site.App.Services.GetRequiredService<SiteSettings>().SetRequireTwoFactorAsync(AdminSiteFixture.Administrator, false, null);
            await admin.Context.CloseAsync();
            await curator.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task DeleteAccount_AdministratorConfirms_HistoryShowsFormerUser()
    {
        var curation = site.App.Services.GetRequiredService<EntryCurationService>();
        foreach (var (suffix, width, language, prefix) in new[] { ("desktop", 1280, "ar", "/ar"), ("phone", 390, "ar", "/ar"), ("phone", 390, "en", ""), ("desktop", 1280, "en", "") })
        {
            var author = Tests.Infrastructure.TestAccounts.Actor($"leaving-{Guid.NewGuid():N}", $"leaving-{Guid.NewGuid():N}"[..16] + "@example.org", CatalogueRoles.Curator);
            await Tests.Infrastructure.TestAccounts.AddAsync(site.Database.Factory, author);
            var id = await curation.CreateAsync(author, AuthorizationMatrixFixture.Model($"Written by a leaver {Guid.NewGuid():N}"[..30]));
            var admin = await site.SignedInPageAsync(CatalogueRoles.Administrator, width);
            await AdminSiteFixture.GotoInteractiveAsync(admin, $"{prefix}/admin/users");

            await admin.Locator("tr", new() { HasText = author.UserName }).Locator("button.delete-user").ClickAsync();
            var dialog = admin.Locator(".mud-dialog");
            await Assertions.Expect(dialog).ToContainTextAsync(author.UserName);
            await admin.WaitForTimeoutAsync(300);
            await admin.ScreenshotAsync(new() { Path = AdminSiteFixture.ScreenshotPath($"users-delete-confirm-{language}-{suffix}"), FullPage = false });
            await dialog.GetByRole(AriaRole.Button, new() { Name = language == "ar" ? "حذف الحساب" : "Delete the account" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".mud-alert")).ToContainTextAsync(author.UserName);
            await admin.GotoAsync($"/admin/entries/{id}/history");

            await Assertions.Expect(admin.GetByText(new System.Text.RegularExpressions.Regex("Former user [0-9a-f]{4}"))).ToBeVisibleAsync();
            Assert.Equal(0, await admin.GetByText(author.UserName).CountAsync());
            await admin.Context.CloseAsync();
        }
    }

    private async Task<IPage> RecoveryAttemptAsync(string email, string code)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = site.BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", SignedInClient.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login-2fa");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lost your phone? Use a recovery code" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login-recovery");
        await page.FillAsync("#recovery-code", code);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }
}
