using System.Net;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>An administrator deletes an account: anonymised in one transaction, its history kept as "Former user …" (issue 16, item 4).</summary>
[Trait("Category", TestCategory.Database)]
public sealed class AccountDeletionTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Delete_CuratorWithHistory_AnonymisesEndsSessionsAndHistoryReadsFormerUser()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var users = app.Services.GetRequiredService<UserAdministrationService>();
        var curation = app.Services.GetRequiredService<EntryCurationService>();
        var admin = await AdminAsync();
        var (email, _) = await SignedInClient.CreateUserAsync(app, CatalogueRoles.Curator);
        using (var scope = app.Services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Catalogue.Core.Entities.CatalogueUser>>();
            await manager.ResetAuthenticatorKeyAsync((await manager.FindByEmailAsync(email))!);
        }

        using var client = SignedInClient.NewClient(app);
        await SignedInClient.PostSignInAsync(client, email, SignedInClient.Password);
        var curator = await TestAccounts.OfEmailAsync(fixture.Database.Factory, email);
        var entryId = await curation.CreateAsync(curator, AuthorizationMatrixFixture.Model($"Deleted author {Guid.NewGuid():N}"[..30]));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var former = await users.DeleteAsync(admin, curator.UserId, "127.0.0.1");

        Assert.Matches("^Former user [0-9a-f]{4,}$", former);
        Assert.StartsWith("/account/login", (await client.GetAsync("/admin")).Headers.Location!.PathOf());
        var history = await curation.GetHistoryAsync(admin, entryId);
        Assert.All(history, revision => Assert.Equal(former, revision.ChangedBy));
        var listed = (await users.ListAsync(admin)).Single(u => u.Id == curator.UserId);
        Assert.Equal(former, listed.Email);
        Assert.True(listed.IsDeleted);
        Assert.Empty(listed.Roles);
        await using var db = fixture.Database.CreateContext();
        var row = await db.Users.SingleAsync(u => u.Id == curator.UserId);
        Assert.Null(row.Email);
        Assert.Null(row.PasswordHash);
        Assert.Equal(former, row.DisplayName);
        Assert.False(row.TwoFactorEnabled);
        Assert.True(row.IsDisabled);
        Assert.NotNull(row.DeletedAt);
        Assert.NotEqual(curator.SecurityStamp, row.SecurityStamp);
        Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == curator.UserId));
        Assert.False(await db.AuditEvents.AnyAsync(a => a.UserName == email || (a.Details != null && a.Details.Contains(email))));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserName == former && a.EventType == AuditLog.SignIn));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.UserId == curator.UserId && a.EventType == AuditLog.UserDeleted && a.Details == $"By {admin.UserName}"));
        using var again = SignedInClient.NewClient(app);
        Assert.Contains("is not right", await (await SignedInClient.PostSignInAsync(again, email, SignedInClient.Password)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Delete_OwnAccount_IsRefusedAndNothingChanges()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var users = app.Services.GetRequiredService<UserAdministrationService>();
        var admin = await AdminAsync();

        var error = await Assert.ThrowsAsync<CurationValidationException>(() => users.DeleteAsync(admin, admin.UserId, null));

        Assert.Equal("You cannot delete your own account.", error.Errors["User"]);
        await using var db = fixture.Database.CreateContext();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == admin.UserId)).DeletedAt);
    }

    [Fact]
    public async Task Delete_AlreadyDeletedOrUnknown_SaysSoAndTheDeletedAccountCannotBeChanged()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var users = app.Services.GetRequiredService<UserAdministrationService>();
        var admin = await AdminAsync();
        var other = TestAccounts.Actor($"gone-{Guid.NewGuid():N}", $"gone-{Guid.NewGuid():N}@example.org", CatalogueRoles.Contributor);
        await TestAccounts.AddAsync(fixture.Database.Factory, other);
        var first = await users.DeleteAsync(admin, other.UserId, null);

        var twice = await Assert.ThrowsAsync<CurationValidationException>(() => users.DeleteAsync(admin, other.UserId, null));
        await Assert.ThrowsAsync<CurationNotFoundException>(() => users.DeleteAsync(admin, "no-such-user", null));
        var promote = await Assert.ThrowsAsync<CurationValidationException>(() => users.SetRolesAsync(admin, other.UserId, [CatalogueRoles.Administrator], null));
        await Assert.ThrowsAsync<CurationValidationException>(() => users.SetDisabledAsync(admin, other.UserId, false, null));

        Assert.Equal("This account is already deleted.", twice.Errors["User"]);
        Assert.Equal("This account is deleted: it cannot be changed.", promote.Errors["User"]);
        Assert.Equal(first, (await users.ListAsync(admin)).Single(u => u.Id == other.UserId).Email);
    }

    [Fact]
    public async Task Delete_AddressInsideAnotherAddress_RenamesOnlyTheWholeAddressInAuditDetails()
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        var users = app.Services.GetRequiredService<UserAdministrationService>();
        var admin = await AdminAsync();
        var local = $"an{Guid.NewGuid():N}"[..12];
        var leaver = TestAccounts.Actor($"leaver-{Guid.NewGuid():N}", $"{local}@example.org", CatalogueRoles.Contributor);
        await TestAccounts.AddAsync(fixture.Database.Factory, leaver);
        var audit = app.Services.GetRequiredService<AuditLog>();
        await audit.WriteAsync(AuditLog.RoleChanged, "someone", $"jo{local}@example.org", null, $"{leaver.UserName}: [Contributor] → [] for jo{local}@example.org.");

        var former = await users.DeleteAsync(admin, leaver.UserId, null);

        await using var db = fixture.Database.CreateContext();
        var details = await db.AuditEvents.Where(a => a.UserId == "someone" && a.EventType == AuditLog.RoleChanged).Select(a => a.Details).SingleAsync();
        Assert.Equal($"{former}: [Contributor] → [] for jo{local}@example.org.", details);
    }

    [Fact]
    public async Task AnotherActiveAdministrator_OnlyDisabledOrDeletedOthers_IsFalse()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        var only = TestAccounts.Actor("only-admin", "only@example.org", CatalogueRoles.Administrator);
        var disabled = TestAccounts.Actor("disabled-admin", "disabled@example.org", CatalogueRoles.Administrator);
        var deleted = TestAccounts.Actor("deleted-admin", "deleted@example.org", CatalogueRoles.Administrator);
        var curator = TestAccounts.Actor("a-curator", "curator@example.org", CatalogueRoles.Curator);
        await TestAccounts.AddAsync(database.Factory, only, disabled, deleted, curator);
        await using var db = database.CreateContext();
        await db.Users.Where(u => u.Id == disabled.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
        await db.Users.Where(u => u.Id == deleted.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, DateTime.UtcNow));

        var alone = await UserAdministrationService.AnotherActiveAdministratorAsync(db, only.UserId, default);
        var forDisabled = await UserAdministrationService.AnotherActiveAdministratorAsync(db, disabled.UserId, default);

        Assert.False(alone);
        Assert.True(forDisabled);
    }

    [Fact]
    public async Task Delete_TwoAdministratorsDeleteEachOtherAtOnce_OneAdministratorRemains()
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using var app = new CatalogueAppFactory(database.ConnectionString);
        var users = app.Services.GetRequiredService<UserAdministrationService>();
        var first = TestAccounts.Actor("admin-one", "one@example.org", CatalogueRoles.Administrator);
        var second = TestAccounts.Actor("admin-two", "two@example.org", CatalogueRoles.Administrator);
        await TestAccounts.AddAsync(database.Factory, first, second);

        var results = await Task.WhenAll(
            Record.ExceptionAsync(() => users.DeleteAsync(first, second.UserId, null)),
            Record.ExceptionAsync(() => users.DeleteAsync(second, first.UserId, null)));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is CurationForbiddenException or CurationValidationException);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.DeletedAt == null));
        Assert.True(await UserAdministrationService.AnotherActiveAdministratorAsync(db, "nobody", default));
    }

    private async Task<CurationActor> AdminAsync()
    {
        var admin = TestAccounts.Actor($"admin-{Guid.NewGuid():N}", $"admin-{Guid.NewGuid():N}@example.org", CatalogueRoles.Administrator);
        await TestAccounts.AddAsync(fixture.Database.Factory, admin);
        return admin;
    }
}
