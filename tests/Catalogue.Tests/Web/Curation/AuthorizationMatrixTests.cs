using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Microsoft.EntityFrameworkCore;
using static Catalogue.Tests.Web.Curation.AuthorizationMatrixFixture;

namespace Catalogue.Tests.Web.Curation;

/// <summary>
/// Every admin page and every admin action × {anonymous, Contributor, Curator, Administrator}: pages over HTTP with
/// real sign-ins, actions by calling the services directly with each role's principal (no UI in between).
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    public enum Access
    {
        SignIn,
        Forbidden,
        Ok,
    }

    private const Access S = Access.SignIn, F = Access.Forbidden, O = Access.Ok;

    /// <summary>Page → expected access for anonymous, Contributor, Curator, Administrator.</summary>
    private static readonly (string Path, Access[] Expected)[] Pages =
    [
        ("/admin", [S, O, O, O]),
        ("/admin/entries", [S, O, O, O]),
        ("/admin/entries?status=InReview", [S, O, O, O]),
        ("/admin/review", [S, O, O, O]),
        ("/admin/entries/new", [S, O, O, O]),
        ("/admin/entries/{own}", [S, O, O, O]),
        ("/admin/entries/{own}/history", [S, O, O, O]),
        ("/admin/entries/{own}/preview", [S, O, O, O]),
        ("/admin/import", [S, F, O, O]),
        ("/admin/links", [S, F, O, O]),
        ("/admin/taxonomies", [S, F, F, O]),
        ("/admin/users", [S, F, F, O]),
        ("/account/two-factor", [S, O, O, O]),
    ];

    public static TheoryData<string, string, Access> PageCases()
    {
        var data = new TheoryData<string, string, Access>();
        foreach (var (path, expected) in Pages)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                data.Add(path, Roles[i], expected[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task Page_RequestedByRole_SignInForbiddenOrOk(string path, string role, Access expected)
    {
        var client = fixture.Client(role);

        var response = await client.GetAsync(path.Replace("{own}", fixture.OwnEntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        switch (expected)
        {
            case Access.SignIn:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.PathOf());
                break;
            case Access.Forbidden:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathOf());
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
                break;
            default:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("<h1", html);
                Assert.DoesNotContain("You can only", html);
                break;
        }
    }

    [Theory]
    [InlineData("/admin/entries/{other}")]
    [InlineData("/admin/entries/{other}/history")]
    [InlineData("/admin/entries/{other}/preview")]
    public async Task Page_ContributorOpensSomeoneElsesEntryById_ShowsRefusalNotTheEntry(string path)
    {
        var url = path.Replace("{other}", fixture.OtherEntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var contributor = await fixture.Client(CatalogueRoles.Contributor).GetStringAsync(url);
        var curator = await fixture.Client(CatalogueRoles.Curator).GetStringAsync(url);

        Assert.Contains("You can only open entries you created.", contributor);
        Assert.DoesNotContain(fixture.OtherEntryTitle, contributor);
        Assert.Contains(fixture.OtherEntryTitle, curator);
    }

    [Fact]
    public async Task Preview_CuratorOpensSomeoneElsesUnpublishedEntry_ShowsThePublicEntryView()
    {
        var url = $"/admin/entries/{fixture.OtherEntryId}/preview";

        var html = await fixture.Client(CatalogueRoles.Curator).GetStringAsync(url);

        Assert.Contains("class=\"entry__body\"", html);
        Assert.Contains("Cite this", html);
        Assert.Contains(fixture.OtherEntryTitle, html);
    }

    [Theory]
    [InlineData("/admin/entries/new")]
    [InlineData("/admin/import")]
    [InlineData("/admin/users")]
    [InlineData("/account/two-factor")]
    [InlineData("/account/login-recovery")]
    [InlineData("/account/logout")]
    public async Task Post_WithoutAntiforgeryToken_Returns400Never500(string path)
    {
        var response = await fixture.Client(CatalogueRoles.Administrator).PostAsync(path,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x", ["Input.Code"] = "123456" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Service action → the roles that may do it (all others get <see cref="UnauthorizedAccessException"/>).</summary>
    private static readonly Dictionary<string, string[]> Actions = new()
    {
        ["entries.list"] = [CatalogueRoles.Contributor, CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entries.counts"] = [CatalogueRoles.Contributor, CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.create"] = [CatalogueRoles.Contributor, CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.open-others"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.edit-others (IDOR)"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.history-others"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.revert-others"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.submit-others"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.publish"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.archive"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["entry.hard-delete"] = [CatalogueRoles.Administrator],
        ["import.read"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["import.dry-run"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["import.commit"] = [CatalogueRoles.Curator, CatalogueRoles.Administrator],
        ["taxonomy.list"] = [CatalogueRoles.Administrator],
        ["taxonomy.rename"] = [CatalogueRoles.Administrator],
        ["taxonomy.merge"] = [CatalogueRoles.Administrator],
        ["taxonomy.delete"] = [CatalogueRoles.Administrator],
        ["users.list"] = [CatalogueRoles.Administrator],
        ["users.create"] = [CatalogueRoles.Administrator],
        ["users.set-roles"] = [CatalogueRoles.Administrator],
        ["users.disable"] = [CatalogueRoles.Administrator],
        ["users.reset-2fa"] = [CatalogueRoles.Administrator],
        ["users.delete"] = [CatalogueRoles.Administrator],
        ["settings.require-2fa"] = [CatalogueRoles.Administrator],
    };

    public static TheoryData<string, string, bool> ActionCases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (action, allowed) in Actions)
        {
            foreach (var role in Roles)
            {
                data.Add(action, role, allowed.Contains(role));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActionCases))]
    public async Task ServiceAction_CalledWithRolePrincipal_AllowedOrUnauthorized(string action, string role, bool allowed)
    {
        var actor = Actor(role);
        var run = await PrepareAsync(action);

        var error = await Record.ExceptionAsync(() => run(actor));

        if (allowed)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.IsAssignableFrom<UnauthorizedAccessException>(error);
        }
    }

    public static TheoryData<string> ActionNames() => [.. Actions.Keys];

    /// <summary>The fifth column: an administrator whose account was disabled after signing in may do nothing at all.</summary>
    [Theory]
    [MemberData(nameof(ActionNames))]
    public async Task ServiceAction_CalledByDisabledAdministrator_Unauthorized(string action)
    {
        var disabled = Catalogue.Tests.Infrastructure.TestAccounts.Actor($"disabled-{Guid.NewGuid():N}", $"disabled-{Guid.NewGuid():N}@example.org",
            CatalogueRoles.Administrator, CatalogueRoles.Curator);
        await Catalogue.Tests.Infrastructure.TestAccounts.AddAsync(fixture.Database.Factory, disabled);
        await using (var db = fixture.Database.CreateContext())
        {
            await db.Users.Where(u => u.Id == disabled.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
        }

        var run = await PrepareAsync(action);

        Assert.IsAssignableFrom<UnauthorizedAccessException>(await Record.ExceptionAsync(() => run(disabled)));
    }

    [Fact]
    public void Actor_AdministratorWithoutTwoFactor_ActsWithoutTheAdministratorRole()
    {
        var principal = Principal(CatalogueRoles.Administrator);
        ((System.Security.Claims.ClaimsIdentity)principal.Identity!).RemoveClaim(principal.FindFirst(CatalogueClaimsPrincipalFactory.TwoFactorClaim));

        Assert.False(Catalogue.Web.Features.Admin.CurrentActor.From(principal).IsAdministrator);
    }

    /// <summary>Fresh data for one action (an entry of another contributor, a user, two keywords), then the call itself.</summary>
    private async Task<Func<CurationActor, Task>> PrepareAsync(string action)
    {
        var curation = fixture.Service<EntryCurationService>();
        var owner = Owner;
        var id = await curation.CreateAsync(owner, Model($"Matrix {action} {Guid.NewGuid():N}"));
        var loaded = await curation.GetForEditAsync(owner, id);
        var admin = Actor(CatalogueRoles.Administrator);
        var import = fixture.Service<CurationImportService>();
        var taxonomy = fixture.Service<TaxonomyService>();
        var users = fixture.Service<UserAdministrationService>();
        var (keyword, otherKeyword) = await TwoKeywordsAsync();
        var userId = action.StartsWith("users.", StringComparison.Ordinal) && action != "users.list" && action != "users.create"
            ? await NewUserAsync(users, admin)
            : "";
        var file = ImportFile();

        return action switch
        {
            "entries.list" => a => fixture.Service<EntryAdminQueries>().ListAsync(a, new AdminEntryQuery()),
            "entries.counts" => a => fixture.Service<EntryAdminQueries>().CountAsync(a),
            "entry.create" => a => curation.CreateAsync(a, Model($"Created by matrix {Guid.NewGuid():N}")),
            "entry.open-others" => a => curation.GetForEditAsync(a, id),
            "entry.edit-others (IDOR)" => a =>
            {
                var changed = loaded.Model.Clone();
                changed.Title += " (edited)";
                return curation.UpdateAsync(a, id, changed, loaded.Model, loaded.Version);
            },
            "entry.history-others" => a => curation.GetHistoryAsync(a, id),
            "entry.revert-others" => a => curation.RevertAsync(a, id, 1, loaded.Version),
            "entry.submit-others" => a => curation.TransitionCurrentAsync(a, id, EntryStatus.InReview),
            "entry.publish" => a => curation.TransitionCurrentAsync(a, id, EntryStatus.Published),
            "entry.archive" => a => curation.TransitionCurrentAsync(a, id, EntryStatus.Archived),
            "entry.hard-delete" => a => curation.HardDeleteAsync(a, id, loaded.Model.Slug, "127.0.0.1"),
            "import.read" => a => import.ReadAsync(a, file, ImportFormat.Json),
            "import.dry-run" => async a => await import.DryRunAsync(a, await import.ReadAsync(admin, file, ImportFormat.Json)),
            "import.commit" => async a => await import.CommitAsync(a, await import.ReadAsync(admin, file, ImportFormat.Json)),
            "taxonomy.list" => a => taxonomy.ListAsync(a, TaxonomyKind.Keyword, null),
            "taxonomy.rename" => a => taxonomy.RenameAsync(a, TaxonomyKind.Keyword, keyword, $"Renamed {Guid.NewGuid():N}"),
            "taxonomy.merge" => a => taxonomy.MergeAsync(a, TaxonomyKind.Keyword, keyword, otherKeyword),
            "taxonomy.delete" => a => taxonomy.DeleteAsync(a, TaxonomyKind.Keyword, otherKeyword),
            "users.list" => a => users.ListAsync(a),
            "users.create" => a => users.CreateAsync(a, $"new-{Guid.NewGuid():N}@example.org", CatalogueRoles.Contributor, null),
            "users.set-roles" => a => users.SetRolesAsync(a, userId, [CatalogueRoles.Curator], null),
            "users.disable" => a => users.SetDisabledAsync(a, userId, true, null),
            "users.reset-2fa" => a => users.ResetTwoFactorAsync(a, userId, null),
            "users.delete" => a => users.DeleteAsync(a, userId, null),
            // Set to off: the matrix's own curator has no two-factor sign-in and must keep reaching the admin pages.
            "settings.require-2fa" => a => fixture.Service<SiteSettings>().SetRequireTwoFactorAsync(a, false, null),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No such action in the matrix"),
        };
    }

    /// <summary>Two keywords; the second is unused, so deleting it is allowed for whoever may delete.</summary>
    private async Task<(int Used, int Unused)> TwoKeywordsAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var name = $"Unused {Guid.NewGuid():N}";
        var unused = new Keyword { Name = name, NormalizedName = CuratedTerm.Normalize(name) };
        db.Keywords.Add(unused);
        await db.SaveChangesAsync();
        var used = await db.Keywords.Where(k => k.Name == "Mentoring matrix").Select(k => k.Id).SingleAsync();
        return (used, unused.Id);
    }

    private static async Task<string> NewUserAsync(UserAdministrationService users, CurationActor admin)
    {
        var email = $"target-{Guid.NewGuid():N}@example.org";
        await users.CreateAsync(admin, email, CatalogueRoles.Contributor, null);
        return (await users.ListAsync(admin)).Single(u => u.Email == email).Id;
    }

    private static MemoryStream ImportFile()
    {
        var slug = $"matrix-import-{Guid.NewGuid():N}";
        return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            $$"""{"format":"migrant-education-catalogue","version":1,"entries":[{"slug":"{{slug}}","title":"Matrix import {{slug}}","kind":"Tool"}]}"""));
    }
}
