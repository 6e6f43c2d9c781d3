using Catalogue.Core.Curation;
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

    /// <summary>Accounts for seeding data through the services (not signed in anywhere).</summary>
    public static CurationActor Curator { get; } = TestAccounts.Actor("browser-curator", "browser-curator@example.org", CatalogueRoles.Curator);

    public static CurationActor Administrator { get; } = TestAccounts.Actor("browser-admin", "browser-admin@example.org", CatalogueRoles.Administrator);

    public static CurationActor Contributor { get; } = TestAccounts.Actor("browser-contributor", "browser-contributor@example.org", CatalogueRoles.Contributor);

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await TestAccounts.AddAsync(Database.Factory, Curator, Administrator, Contributor);
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
    public async Task<IPage> SignedInPageAsync(string role, int width = 1280, int height = 900) => (await SignedInUserAsync(role, width, height)).Page;

    /// <summary>As <see cref="SignedInPageAsync"/>, with the new user's e-mail address.</summary>
    public async Task<(IPage Page, string Email)> SignedInUserAsync(string role, int width = 1280, int height = 900)
    {
        var twoFactor = role == CatalogueRoles.Administrator;
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
        return (page, email);
    }

    /// <summary>
    /// Opens an admin page and waits until its circuit has rendered: the page is prerendered first, and what is typed or
    /// clicked before the circuit connects is not seen by the server.
    /// </summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        var rendered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var frames = 0;
        void OnSocket(object? sender, IWebSocket socket) => socket.FrameReceived += (_, _) =>
        {
            // The handshake answer, then the first render batch.
            if (Interlocked.Increment(ref frames) >= 2)
            {
                rendered.TrySetResult();
            }
        };

        page.WebSocket += OnSocket;
        try
        {
            await page.GotoAsync(path);
            await rendered.Task.WaitAsync(TimeSpan.FromSeconds(15));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        finally
        {
            page.WebSocket -= OnSocket;
        }
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

    /// <summary>How often an open tab re-reads its account: long enough for a click right after a role change to reach the service.</summary>
    public const int RevalidationSeconds = 10;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Import:MaxFileBytes", ImportLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Curation:CircuitRevalidationSeconds", RevalidationSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseStaticWebAssets();
    }
}

[CollectionDefinition(Name)]
public sealed class AdminSiteCollection : ICollectionFixture<AdminSiteFixture>
{
    public const string Name = "Admin site in Chromium";
}
