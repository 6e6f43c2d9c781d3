using Catalogue.Core.Entities;
using Catalogue.Core.Mail;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Web.Alerts;
using Catalogue.Web.Features.Alerts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Catalogue.Tests.Browser;

[Trait("Category", TestCategory.Browser)]
public sealed class AlertsBrowserTests(AlertsBrowserTests.Site site) : IClassFixture<AlertsBrowserTests.Site>
{
    [Fact]
    public async Task Alert_SubscribeConfirmDigestUnsubscribe_WorksFromTheCataloguePageWithoutJavaScript()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/catalogue?q=robotics&kind=programme");
        await page.GetByRole(AriaRole.Link, new() { Name = "E-mail me new entries like these" }).ClickAsync();
        Assert.EndsWith("/alerts/subscribe?q=robotics&kind=programme", page.Url);
        Assert.True(await page.GetByLabel("Weekly").IsCheckedAsync());
        await page.GetByLabel("Your e-mail address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the alert" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();

        await site.Alerts.Sender.SendDueAsync(CancellationToken.None);
        var confirmation = Assert.Single(site.Alerts.Smtp.To(email));
        Assert.Contains("Words: robotics", confirmation.TextBody);
        await page.GotoAsync(LinkIn(confirmation.TextBody!, "/alerts/confirm?token="));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the alert" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your alert is on" })).ToBeVisibleAsync();

        await site.Alerts.AddEntryAsync("robotics-programme-browser", "Robotics programme for young refugees", EntryStatus.Published, DateTime.UtcNow);
        await site.Alerts.AddEntryAsync("robotics-draft-browser", "Robotics draft in the browser test", EntryStatus.Draft, DateTime.UtcNow);
        Assert.Equal(1, await site.Alerts.Digests.RunAsync(DateTime.UtcNow.AddDays(7).AddMinutes(1), CancellationToken.None));
        await site.Alerts.Sender.SendDueAsync(CancellationToken.None);
        var digest = Assert.Single(site.Alerts.Smtp.To(email), m => m.Subject != confirmation.Subject);
        Assert.Equal("New in the catalogue for your search: 1 entry", digest.Subject);
        Assert.Contains("Robotics programme for young refugees", digest.TextBody);
        Assert.Contains("<strong>Robotics programme for young refugees</strong>", digest.HtmlBody);
        Assert.DoesNotContain("draft", digest.TextBody + digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^<http://127\.0\.0\.1:\d+/alerts/unsubscribe/one-click\?token=[A-Za-z0-9_-]{43}>$", digest.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        await File.WriteAllTextAsync(Path.Combine(Site.ShotFolder, "digest.eml"), site.Alerts.Smtp.RawOf(site.Alerts.Smtp.Messages.ToList().FindIndex(m => m.MessageId == digest.MessageId)));

        var manage = await site.NewPageAsync(javaScript: false);
        await manage.GotoAsync(LinkIn(digest.TextBody!, "/alerts/manage?token="));
        await Assertions.Expect(manage.GetByText($"Alerts sent to {email}.")).ToBeVisibleAsync();
        await manage.ScreenshotAsync(new() { Path = Site.Shot("manage-en-1280"), FullPage = true });

        await page.GotoAsync(LinkIn(digest.TextBody!, "/alerts/unsubscribe?token="));
        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are unsubscribed" })).ToBeVisibleAsync();

        await site.Alerts.AddEntryAsync("robotics-after-unsubscribe", "Robotics programme after unsubscribing", EntryStatus.Published, DateTime.UtcNow);
        Assert.Equal(0, await site.Alerts.Digests.RunAsync(DateTime.UtcNow.AddDays(30), CancellationToken.None));
        await site.Alerts.Sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(2, site.Alerts.Smtp.To(email).Count);

        var mailView = await site.NewPageAsync();
        await mailView.SetContentAsync(digest.HtmlBody!);
        await mailView.ScreenshotAsync(new() { Path = Site.Shot("digest-html-en"), FullPage = true });
    }

    [Theory]
    [InlineData("en", 1280)]
    [InlineData("en", 390)]
    [InlineData("ar", 1280)]
    [InlineData("ar", 390)]
    public async Task SubscribePage_EachWidthAndDirection_IsLaidOutAndLabelled(string language, int width)
    {
        var page = await site.NewPageAsync(width);
        var prefix = language == "en" ? "" : "/" + language;
        await page.GotoAsync($"{prefix}/alerts/subscribe?q=school&sdg=4.1&country=TR");

        Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
        await Assertions.Expect(page.Locator("#alert-email")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways");
        await page.ScreenshotAsync(new() { Path = Site.Shot($"subscribe-{language}-{width}"), FullPage = true });
        await page.GotoAsync($"{prefix}/alerts/manage?token=nonsense");
        await page.ScreenshotAsync(new() { Path = Site.Shot($"bad-link-{language}-{width}") });
    }

    public sealed class Site : IAsyncLifetime
    {
        public static string ShotFolder => Environment.GetEnvironmentVariable("CATALOGUE_SCREENSHOTS") is { Length: > 0 } set
            ? set : Path.GetDirectoryName(PublicSiteFixture.ScreenshotPath("alerts"))!;

        private KestrelApp? app;
        private IPlaywright? playwright;
        private IBrowser? browser;

        public AlertsSite Alerts { get; } = new();
        public string BaseUrl { get; private set; } = "";

        public static string Shot(string name) => PublicSiteFixture.ScreenshotPath("alerts-" + name);

        public async Task InitializeAsync()
        {
            await Alerts.Database.InitializeAsync();
            await using (var db = Alerts.Database.CreateContext())
            {
                await SearchSampleCatalogue.SeedAsync(db);
            }

            var settings = Alerts.Smtp.Settings();
            settings["Alerts:BackgroundJobs"] = "false";
            app = new KestrelApp(Alerts.Database.ConnectionString, settings);
            app.UseKestrel(0);
            app.StartServer();
            Alerts.UseServices(app.Services);
            await Alerts.IndexReadyAsync();
            BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = PublicSiteFixture.ChromiumPath, Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
            });
        }

        public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true)
        {
            var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = javaScript, BaseURL = BaseUrl });
            return await context.NewPageAsync();
        }

        public async Task DisposeAsync()
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright?.Dispose();
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            await Alerts.DisposeAsync();
        }
    }

    private static string LinkIn(string text, string path) =>
        System.Text.RegularExpressions.Regex.Match(text, @"https?://\S+" + System.Text.RegularExpressions.Regex.Escape(path) + @"[A-Za-z0-9_-]+").Value;

    private sealed class KestrelApp(string connectionString, IReadOnlyDictionary<string, string> settings) : CatalogueAppFactory(connectionString, settings: settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseStaticWebAssets();
        }
    }
}
