using Catalogue.Tests.Infrastructure;
using Catalogue.Tests.Web.Curation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser.Curation;

/// <summary>The app on a real 127.0.0.1 port over its own migrated database, and Chromium, for the admin area.</summary>
public sealed class AdminSiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public TestDatabase Database { get; } = new();

    public CatalogueAppFactory App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = new AdminAppFactory(Database.ConnectionString);
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = PublicSiteFixture.ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browser context signed in through the sign-in form as a new user with the role.</summary>
    public async Task<IPage> SignedInPageAsync(string role, int width = 1280, int height = 900)
    {
        var twoFactor = role == Catalogue.Core.Curation.CatalogueRoles.Administrator;
        var (email, key) = await SignedInClient.CreateUserAsync(App, role, twoFactor);
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", SignedInClient.Password);
        await page.ClickAsync("button[type=submit]");
        if (key is not null)
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login-2fa");
            await page.FillAsync("#code", SignedInClient.Totp(key));
            await page.ClickAsync("button[type=submit]");
        }

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        return page;
    }

    /// <summary>Screenshots go to $CATALOGUE_SCREENSHOTS when set, else to the git-ignored /screenshots/ at the repository root.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Environment.GetEnvironmentVariable("CATALOGUE_SCREENSHOTS") is { Length: > 0 } set
            ? set
            : Path.Combine(TestDatabase.RepositoryRoot(), "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}

/// <summary>Static web assets from the build output, and a small import limit so the too-large message can be seen.</summary>
internal sealed class AdminAppFactory(string connectionString) : CatalogueAppFactory(connectionString)
{
    public const long ImportLimit = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Import:MaxFileBytes", ImportLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseStaticWebAssets();
    }
}

[CollectionDefinition(Name)]
public sealed class AdminSiteCollection : ICollectionFixture<AdminSiteFixture>
{
    public const string Name = "Admin site in Chromium";
}
