using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// Accounts for tests that call the curation services directly. The services read the acting account from the database
/// on every action, so an actor must be a real user row whose security stamp it carries.
/// </summary>
internal static class TestAccounts
{
    /// <summary>An actor with a fixed stamp; <see cref="AddAsync"/> stores the matching account.</summary>
    public static CurationActor Actor(string userId, string email, params string[] roles) =>
        CurationActor.Create(userId, email, roles) with { SecurityStamp = "stamp-" + userId };

    /// <summary>Stores an account for each actor that has none yet: its roles, its stamp, and two-factor sign-in on.</summary>
    public static async Task AddAsync(CatalogueDbContext db, params CurationActor[] actors)
    {
        foreach (var roleName in CatalogueRoles.All)
        {
            if (!await db.Roles.AnyAsync(r => r.Name == roleName))
            {
                db.Roles.Add(new IdentityRole(roleName) { NormalizedName = roleName.ToUpperInvariant() });
            }
        }

        await db.SaveChangesAsync();
        foreach (var actor in actors)
        {
            if (await db.Users.AnyAsync(u => u.Id == actor.UserId))
            {
                continue;
            }

            db.Users.Add(new CatalogueUser
            {
                Id = actor.UserId,
                UserName = actor.UserName,
                NormalizedUserName = actor.UserName.ToUpperInvariant(),
                Email = actor.UserName,
                NormalizedEmail = actor.UserName.ToUpperInvariant(),
                EmailConfirmed = true,
                SecurityStamp = actor.SecurityStamp,
                TwoFactorEnabled = true,
                CreatedAt = DateTime.UtcNow,
            });
            foreach (var roleName in actor.Roles)
            {
                var roleId = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).SingleAsync();
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = actor.UserId, RoleId = roleId });
            }

            await db.SaveChangesAsync();
        }
    }

    public static async Task AddAsync(IDbContextFactory<CatalogueDbContext> factory, params CurationActor[] actors)
    {
        await using var db = await factory.CreateDbContextAsync();
        await AddAsync(db, actors);
    }

    /// <summary>The actor of a stored account (signed in through the app, say), with its current stamp and roles.</summary>
    public static async Task<CurationActor> OfEmailAsync(IDbContextFactory<CatalogueDbContext> factory, string email)
    {
        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == user.Id select role.Name!).ToArrayAsync();
        return CurationActor.Create(user.Id, email, roles) with { SecurityStamp = user.SecurityStamp };
    }

    /// <summary>The workflow step on the entry as it is now (tests that are not about stale pages).</summary>
    public static async Task<SaveResult> TransitionCurrentAsync(this EntryCurationService curation, CurationActor actor, int id, EntryStatus target)
    {
        var seen = await curation.GetForEditAsync(actor, id);
        return await curation.TransitionAsync(actor, id, target, seen.Version, seen.Model);
    }
}

/// <summary>Class fixture: a migrated database holding the accounts of <see cref="Core.Curation.CurationTestData"/>.</summary>
public sealed class CurationDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; } = new() { Seed = db => TestAccounts.AddAsync(db, Core.Curation.CurationTestData.All) };

    public Task InitializeAsync() => Database.InitializeAsync();

    public Task DisposeAsync() => Database.DisposeAsync();
}
