using Catalogue.Core.Data;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>
/// Rights follow the account at once: what a user may do is read from the database on every action, not taken from a
/// cookie or an admin tab opened earlier. An account that was disabled, deleted, signed out or given other roles since
/// (each changes its security stamp) can do nothing more until it signs in again.
/// </summary>
public static class AccountState
{
    public static string SignInAgain => CoreText.Format("Curation.SignInAgain");

    /// <summary>The actor with the roles it has now; throws <see cref="CurationForbiddenException"/> when the claim is stale.</summary>
    public static async Task<CurationActor> CurrentAsync(CatalogueDbContext db, CurationActor claimed, CancellationToken cancellationToken) =>
        await ReadAsync(db, claimed, cancellationToken) ?? throw new CurationForbiddenException(SignInAgain);

    public static async Task<CurationActor> CurrentAsync(IDbContextFactory<CatalogueDbContext> factory, CurationActor claimed,
        CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await CurrentAsync(db, claimed, cancellationToken);
    }

    /// <summary>
    /// The actor as the account is now, or null when the account is gone, disabled or its security stamp differs from the
    /// claimed one. Anyone not signed in stays an actor without roles. Administrators without two-factor sign-in act with
    /// their other roles only, and so do curators when an administrator requires two-factor sign-in for curators.
    /// </summary>
    public static async Task<CurationActor?> ReadAsync(CatalogueDbContext db, CurationActor claimed, CancellationToken cancellationToken)
    {
        if (claimed.UserId.Length == 0)
        {
            return claimed with { Roles = new HashSet<string>() };
        }

        var account = await db.Users.AsNoTracking().Where(u => u.Id == claimed.UserId)
            .Select(u => new { u.UserName, u.SecurityStamp, u.IsDisabled, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null || account.IsDisabled || account.SecurityStamp is null || account.SecurityStamp != claimed.SecurityStamp)
        {
            return null;
        }

        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == claimed.UserId
                           select role.Name).ToListAsync(cancellationToken);
        var current = roles.OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (!account.TwoFactorEnabled)
        {
            current.Remove(CatalogueRoles.Administrator);
            if (await Accounts.SiteSettings.RequireTwoFactorAsync(db, cancellationToken))
            {
                current.Remove(CatalogueRoles.Curator);
            }
        }

        return claimed with { UserName = account.UserName ?? claimed.UserName, Roles = current };
    }
}
