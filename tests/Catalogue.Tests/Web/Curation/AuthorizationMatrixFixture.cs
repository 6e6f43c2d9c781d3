using System.Security.Claims;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Tests.Infrastructure;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>
/// One app over its own database with a signed-in HTTP client per role (the administrator with two-factor sign-in),
/// and entries: one owned by the signed-in contributor, one owned by another contributor.
/// </summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    public const string Anonymous = "Anonymous";

    public static readonly string[] Roles = [Anonymous, CatalogueRoles.Contributor, CatalogueRoles.Curator, CatalogueRoles.Administrator];

    private readonly Dictionary<string, HttpClient> _clients = [];

    public TestDatabase Database { get; } = new();

    public CatalogueAppFactory App { get; private set; } = null!;

    public int OwnEntryId { get; private set; }

    public int OtherEntryId { get; private set; }

    public string OtherEntryTitle { get; } = $"Another persons draft {Guid.NewGuid():N}"[..32];

    public HttpClient Client(string role) => _clients[role];

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = new CatalogueAppFactory(Database.ConnectionString);
        _clients[Anonymous] = SignedInClient.NewClient(App);
        _clients[CatalogueRoles.Curator] = await SignedInClient.SignInAsync(App, CatalogueRoles.Curator);
        _clients[CatalogueRoles.Administrator] = await SignedInClient.SignInAsync(App, CatalogueRoles.Administrator, twoFactor: true);
        var (contributorEmail, _) = await SignedInClient.CreateUserAsync(App, CatalogueRoles.Contributor);
        var contributor = SignedInClient.NewClient(App);
        await SignedInClient.PostSignInAsync(contributor, contributorEmail, SignedInClient.Password);
        _clients[CatalogueRoles.Contributor] = contributor;

        var curation = Service<EntryCurationService>();
        await TestAccounts.AddAsync(Database.Factory, [.. Roles.Where(r => r != Anonymous).Select(Actor), Owner, AnotherContributor]);
        OwnEntryId = await curation.CreateAsync(await TestAccounts.OfEmailAsync(Database.Factory, contributorEmail),
            Model($"My own draft {Guid.NewGuid():N}"[..22]));
        OtherEntryId = await curation.CreateAsync(AnotherContributor, Model(OtherEntryTitle));
    }

    /// <summary>What a signed-in user of the role looks like to the services (the same claims the sign-in issues).</summary>
    public static ClaimsPrincipal Principal(string role)
    {
        if (role == Anonymous)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"matrix-{role.ToLowerInvariant()}"),
                new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@example.org"),
                new Claim(ClaimTypes.Role, role),
                new Claim(CatalogueClaimsPrincipalFactory.TwoFactorClaim, "true"),
                new Claim(CatalogueClaimsPrincipalFactory.SecurityStampClaim, $"stamp-matrix-{role.ToLowerInvariant()}"),
            ], "Identity.Application");
        return new ClaimsPrincipal(identity);
    }

    public static CurationActor Actor(string role) => CurrentActor.From(Principal(role));

    /// <summary>The contributor who owns the entries each service action is tried on.</summary>
    public static CurationActor Owner { get; } = TestAccounts.Actor("matrix-owner", "owner@example.org", CatalogueRoles.Contributor);

    private static CurationActor AnotherContributor { get; } = TestAccounts.Actor("another-contributor", "another@example.org", CatalogueRoles.Contributor);

    public static EntryEditModel Model(string title) => new()
    {
        Title = title,
        Summary = "Mentoring for newly arrived pupils.",
        SdgTargets = ["4.1"],
        Countries = ["FR"],
        SourceUrl = "https://example.org/mentoring",
        Keywords = ["Mentoring matrix"],
    };

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
