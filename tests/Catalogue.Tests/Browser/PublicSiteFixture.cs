using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

/// <summary>
/// The app served on a real 127.0.0.1 port (Kestrel inside the test process) over a database seeded with the sample
/// search catalogue, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class PublicSiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private CatalogueAppFactory? _app;
    private IPlaywright? _playwright;

    public TestDatabase Database { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
        {
            await SearchSampleCatalogue.SeedAsync(db);
        }

        _app = new StaticAssetsAppFactory(Database.ConnectionString);
        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            // Playwright turns the back/forward cache off by default; readers' browsers have it on.
            IgnoreDefaultArgs = ["--disable-back-forward-cache"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public static string ScreenshotPath(string name) => Curation.AdminSiteFixture.ScreenshotPath(name);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}

/// <summary>Outside Development, static web assets (MudBlazor's CSS, site.css) come from the build output's manifest.</summary>
internal sealed class StaticAssetsAppFactory(string connectionString) : CatalogueAppFactory(connectionString)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseStaticWebAssets();
    }
}

[CollectionDefinition(Name)]
public sealed class PublicSiteCollection : ICollectionFixture<PublicSiteFixture>
{
    public const string Name = "Public site in Chromium";
}
