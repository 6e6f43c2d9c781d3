using System.Net;
using System.Text;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Tests.Web.Curation;
using Catalogue.Tests.Web.OpenData;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web;

/// <summary>
/// No input gives a 500 (issue 15, item 6): a bounded fuzz over every endpoint the app maps, its query keys, route values,
/// forms (with a valid antiforgery token) and a truncated multipart body on every POST.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class InputFuzzTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    /// <summary>Raw query-string values, already percent-encoded where they must be.</summary>
    private static readonly string[] HostileValues =
    [
        "", "%00", "%C3%28", "%FF%FE", "%E2%80%AE", "%C3%A9t%C3%A9", "%5C%5Cevil", "%2F%5Cevil.org", "%2F%2Fevil.org", "..%2F..%2Fetc%2Fpasswd",
        "%27%22%3Cscript%3E", "-1", "0", "99999999999999999999", "1e309", "NaN", "%0D%0AX-Injected:%201", "%7B%7D", "%5B", "%25", "a:b:c:d",
        "%09", new string('a', 5000), "kind:%00", "2026-13-45", "2026-01-01T25:61:61Z",
    ];

    private static readonly string[] QueryKeys =
    [
        "q", "kind", "sdg", "ind", "gcm", "theme", "aud", "scope", "region", "country", "kw", "tag", "lang", "org", "ben", "from", "to",
        "sort", "page", "pageSize", "verb", "metadataPrefix", "set", "identifier", "resumptionToken", "until", "returnUrl", "ReturnUrl",
        "status", "handler", "_handler",
    ];

    /// <summary>Decoded values for form fields.</summary>
    private static readonly string[] HostileFields =
    [
        "", " ", "\0", "\u202e", "été", "\\\\evil", "/\\evil.org", "//evil.org", "'\"<script>alert(1)</script>", "-1", "99999999999999999999",
        "\r\nX-Injected: 1", new string('a', 5000), "a@b", "%00", "\ud800",
    ];

    private static readonly (string Path, string Handler, string[] Fields)[] Forms =
    [
        ("/account/login", "login", ["Input.Email", "Input.Password"]),
        ("/suggest", "suggest", ["Input.Title", "Input.Link", "Input.Summary", "Input.Country", "Input.Email", "sdg"]),
    ];

    [Fact]
    public async Task EveryGetEndpoint_HostileQueryAndRouteValues_NeverAnswers5xx()
    {
        await using var app = await AppAsync();
        using var anonymous = SignedInClient.NewClient(app);
        using var curator = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);
        var failures = new List<string>();

        foreach (var template in GetTemplates(app))
        {
            foreach (var value in HostileValues)
            {
                var query = string.Join("&", QueryKeys.Select(k => $"{k}={value}")) + $"&q={value}&sdg={value}";
                var path = Fill(template, "welcome-classes") + "?" + query;
                await ExpectNo5xxAsync(template.StartsWith("/admin", StringComparison.Ordinal) ? curator : anonymous, HttpMethod.Get, path, null, failures);
                // A NUL in the path never reaches the app: Kestrel refuses it, and the in-memory test server throws.
                if (template.Contains('{', StringComparison.Ordinal) && !template.Contains(":int", StringComparison.Ordinal) && !value.Contains("%00", StringComparison.Ordinal))
                {
                    await ExpectNo5xxAsync(anonymous, HttpMethod.Get, Fill(template, value), null, failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task OaiPmh_ForgedResumptionTokens_AnswerBadResumptionToken()
    {
        await using var app = await AppAsync();
        using var client = SignedInClient.NewClient(app);
        string Token(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var forged = new[]
        {
            """{"MetadataPrefix":"oai_dc","Set":"kind:\u0000","From":null,"Until":null,"AfterUpdatedTicks":0,"AfterId":0,"Cursor":0}""",
            """{"MetadataPrefix":"oai_dc","Set":null,"From":"\u0001","Until":null,"AfterUpdatedTicks":0,"AfterId":0,"Cursor":0}""",
            """{"MetadataPrefix":"oai\u0002dc","Set":null,"From":null,"Until":null,"AfterUpdatedTicks":0,"AfterId":0,"Cursor":0}""",
            """{"MetadataPrefix":"oai_dc","Set":"sdg:<x>","From":null,"Until":"9999-12-31","AfterUpdatedTicks":0,"AfterId":0,"Cursor":0}""",
            """{"MetadataPrefix":"oai_dc","Set":null,"From":"2026-01-01","Until":"2026-01-01T00:00:00Z","AfterUpdatedTicks":0,"AfterId":0,"Cursor":0}""",
            """{"MetadataPrefix":"oai_dc","Set":null,"From":null,"Until":null,"AfterUpdatedTicks":3155378975999999999,"AfterId":1,"Cursor":2147483647}""",
            """{"MetadataPrefix":"oai_dc","Set":null,"From":null,"Until":null,"AfterUpdatedTicks":-5,"AfterId":1,"Cursor":1}""",
            """[]""", """null""", """{"MetadataPrefix":5}""", """{"MetadataPrefix":"oai_dc","Cursor":-1}""",
        };
        var failures = new List<string>();

        foreach (var json in forged)
        {
            foreach (var verb in new[] { "ListRecords", "ListIdentifiers" })
            {
                var response = await client.GetAsync($"/oai?verb={verb}&resumptionToken={Token(json)}");
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || !body.Contains("code=\"badResumptionToken\"", StringComparison.Ordinal) && !body.Contains("noRecordsMatch", StringComparison.Ordinal))
                {
                    failures.Add($"{verb} {json}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Forms_HostileFieldValuesWithAValidToken_NeverAnswer5xx()
    {
        await using var app = await AppAsync();
        using var client = SignedInClient.NewClient(app);
        var failures = new List<string>();

        foreach (var (path, handler, fields) in Forms)
        {
            foreach (var value in HostileFields)
            {
                var form = fields.ToDictionary(f => f, _ => value);
                form["_handler"] = handler;
                form["__RequestVerificationToken"] = await SignedInClient.AntiforgeryTokenAsync(client, path);
                await ExpectNo5xxAsync(client, HttpMethod.Post, path, new FormUrlEncodedContent(form), failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryPostEndpoint_TruncatedMultipartBody_Answers400()
    {
        await using var app = await AppAsync();
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);
        var failures = new List<string>();

        foreach (var template in Templates(app, "POST"))
        {
            var body = new StringContent("--XyZ\r\nContent-Disposition: form-data; name=\"Input.Email\"\r\n\r\nsomeone@exa", Encoding.UTF8);
            body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XyZ");
            var response = await client.PostAsync(Fill(template, "welcome-classes"), body);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{template}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/été", "/%C3%A9t%C3%A9")]
    [InlineData("/admin/entries?q=Ünïcödé", "/admin/entries?q=%C3%9Cn%C3%AFc%C3%B6d%C3%A9")]
    [InlineData("/\\evil.org", "/admin")]
    [InlineData("/\\/evil.org", "/admin")]
    [InlineData("//evil.org", "/admin")]
    [InlineData("/\t/evil.org", "/admin")]
    [InlineData("https://evil.org/", "/admin")]
    [InlineData("/admin\\entries", "/admin/entries")]
    public async Task SignIn_RightPasswordWithUnusualLocalReturnUrl_SignsInAndGoesToASafeLocalAddress(string returnUrl, string expected)
    {
        await using var app = await AppAsync();
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using var client = SignedInClient.NewClient(app);
        var path = $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = await SignedInClient.AntiforgeryTokenAsync(client, path);

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = SignedInClient.Password, ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.PathOf());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("/été", "/%C3%A9t%C3%A9")]
    [InlineData("/\\evil.org", "/")]
    [InlineData("//evil.org", "/")]
    [InlineData("/catalogue?q=a\\b", "/catalogue?q=a/b")]
    public async Task SignOut_UnusualReturnUrl_SignsOutAndGoesToASafeLocalAddress(string returnUrl, string expected)
    {
        await using var app = await AppAsync();
        using var client = await SignedInClient.SignInAsync(app, CatalogueRoles.Curator);
        var token = await SignedInClient.AntiforgeryTokenAsync(client, "/account/login");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.PathOf());
    }

    private async Task<OpenDataApp> AppAsync()
    {
        await SeedAsync();
        return new OpenDataApp(fixture.Database.ConnectionString, new Dictionary<string, string>
        {
            ["Curation:RateLimits:SignInPerIpPerMinute"] = "1000000",
            ["Curation:RateLimits:SignInPerAccountPerMinute"] = "1000000",
            ["Curation:RateLimits:SuggestionsPerIpPerHour"] = "1000000",
        });
    }

    private async Task SeedAsync()
    {
        await using var db = fixture.Database.CreateContext();
        if (!db.Entries.Any(e => e.Slug == "welcome-classes"))
        {
            db.Entries.Add(new Entry
            {
                Slug = "welcome-classes", Title = "Welcome classes", Summary = "Classes for newly arrived pupils.", Kind = EntryKind.Programme,
                Status = EntryStatus.Published, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow,
                SdgTargets = [(await db.SdgTargets.FindAsync("4.1"))!],
            });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Files the app writes itself (static files are left out).</summary>
    private static readonly string[] DataSuffixes = [".xml", ".atom", ".csv", ".json", ".ris", ".bib", ".txt"];

    private static IEnumerable<string> GetTemplates(OpenDataApp app) => Templates(app, "GET");

    /// <summary>Every mapped route that answers the method, except Blazor's own plumbing and static files.</summary>
    private static List<string> Templates(OpenDataApp app, string method) => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true)
        .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
        .Where(t => !t.StartsWith("/_", StringComparison.Ordinal) && !t.Contains("**", StringComparison.Ordinal)
                    && (!t.Contains('.', StringComparison.Ordinal) || DataSuffixes.Any(suffix => t.EndsWith(suffix, StringComparison.Ordinal))))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The template with every route value set: "1" where an int is wanted, <paramref name="value"/> elsewhere.</summary>
    private static string Fill(string template, string value) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", m => m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : value);

    private static async Task ExpectNo5xxAsync(HttpClient client, HttpMethod method, string path, HttpContent? content, List<string> failures)
    {
        try
        {
            var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = content });
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {path[..Math.Min(200, path.Length)]}: {(int)response.StatusCode}");
            }
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            failures.Add($"{method} {path[..Math.Min(200, path.Length)]}: {ex.GetType().Name} {ex.Message}");
        }
    }
}
