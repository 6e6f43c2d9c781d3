using System.Security.Cryptography;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Core.Curation.Accounts;

public sealed record UserRow(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool IsDisabled,
    DateTimeOffset? LockoutEnd, bool IsDeleted = false);

/// <summary>Creating users, assigning roles, disabling, deleting and resetting two-factor sign-in (administrators only); every change is audited.</summary>
public sealed partial class UserAdministrationService(IServiceScopeFactory scopes, IDbContextFactory<CatalogueDbContext> factory, AuditLog audit)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CurationActor actor, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return users.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? u.Id, u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.TwoFactorEnabled, u.IsDisabled, u.LockoutEnd, u.DeletedAt is not null)).ToList();
    }

    /// <summary>Creates a user with a generated one-time password, returned once for the administrator to pass on.</summary>
    public async Task<string> CreateAsync(CurationActor actor, string email, string role, string? ipAddress, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        EnsureRole(role);
        if (StoredText.HasForbiddenCharacter(email))
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Email"] = CoreText.Format("Curation.EmailControl") });
        }

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var max = db.Model.FindEntityType(typeof(CatalogueUser))!.FindProperty(nameof(CatalogueUser.Email))!.GetMaxLength() ?? int.MaxValue;
            if (email.Trim().Length > max)
            {
                throw new CurationValidationException(new Dictionary<string, string> { ["Email"] = CoreText.Format("Curation.EmailTooLong", max) });
            }
        }

        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var password = GeneratePassword();
        var user = new CatalogueUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, CreatedAt = DateTime.UtcNow, MustChangePassword = true };
        Check(await users.CreateAsync(user, password), "Email");
        Check(await users.AddToRoleAsync(user, role), "Role");
        await audit.WriteAsync(AuditLog.UserCreated, user.Id, user.Email, ipAddress, $"Created by {actor.UserName} with role {role}", cancellationToken);
        return password;
    }

    public async Task SetRolesAsync(CurationActor actor, string userId, IReadOnlyCollection<string> roles, string? ipAddress, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        foreach (var role in roles)
        {
            EnsureRole(role);
        }

        if (userId == actor.UserId && !roles.Contains(CatalogueRoles.Administrator))
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Roles"] = CoreText.Format("Curation.OwnAdministratorRole") });
        }

        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var user = await FindAsync(users, userId);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)), "Roles");
        Check(await users.AddToRolesAsync(user, roles.Except(current)), "Roles");
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(AuditLog.RoleChanged, user.Id, user.Email, ipAddress,
            $"{actor.UserName}: [{string.Join(", ", current)}] → [{string.Join(", ", roles)}]", cancellationToken);
    }

    public async Task SetDisabledAsync(CurationActor actor, string userId, bool disabled, string? ipAddress, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        if (userId == actor.UserId)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["User"] = CoreText.Format("Curation.DisableSelf") });
        }

        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var user = await FindAsync(users, userId);
        user.IsDisabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        Check(await users.UpdateAsync(user), "User");
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(disabled ? AuditLog.UserDisabled : AuditLog.UserEnabled, user.Id, user.Email, ipAddress, $"By {actor.UserName}", cancellationToken);
    }

    public async Task ResetTwoFactorAsync(CurationActor actor, string userId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var user = await FindAsync(users, userId);
        Check(await users.SetTwoFactorEnabledAsync(user, false), "User");
        Check(await users.ResetAuthenticatorKeyAsync(user), "User");
        await audit.WriteAsync(AuditLog.TwoFactorReset, user.Id, user.Email, ipAddress, $"By {actor.UserName}", cancellationToken);
    }

    /// <summary>20 random characters from an unambiguous alphabet (about 115 bits).</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789", 20);

    /// <summary>The account to change; a deleted one stays as it is (no roles, disabled, no two-factor sign-in).</summary>
    private static async Task<CatalogueUser> FindAsync(UserManager<CatalogueUser> users, string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoUser"));
        return user.DeletedAt is null ? user
            : throw new CurationValidationException(new Dictionary<string, string> { ["User"] = CoreText.Format("Curation.AccountDeleted") });
    }

    private async Task<CurationActor> CurrentAdministratorAsync(CurationActor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await CurrentAdministratorAsync(db, actor, cancellationToken);
    }

    private static async Task<CurationActor> CurrentAdministratorAsync(CatalogueDbContext db, CurationActor actor, CancellationToken cancellationToken)
    {
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        return actor.IsAdministrator ? actor : throw new CurationForbiddenException(CoreText.Format("Curation.UsersForbidden"));
    }

    private static void EnsureRole(string role)
    {
        if (!CatalogueRoles.All.Contains(role))
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Role"] = CoreText.Format("Curation.UnknownRole", role) });
        }
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new CurationValidationException(new Dictionary<string, string> { [field] = string.Join(" ", result.Errors.Select(e => e.Description)) });
        }
    }
}
