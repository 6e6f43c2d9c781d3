using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation.Accounts;

public sealed partial class UserAdministrationService
{
    public const string FormerUserPrefix = "Former user ";

    // Taken by every account deletion, so two administrators deleting each other at once cannot leave none.
    private const long DeletionLock = 0x16_0004;

    /// <summary>
    /// Deletes an account by anonymising it in one transaction: e-mail address and name become "Former user xxxx", the
    /// password, two-factor key, recovery codes, roles and logins go, the account is disabled and gets a new security
    /// stamp (its sessions end at the next request). Its history and audit rows are renamed to the former user.
    /// Returns the former user's name.
    /// </summary>
    public async Task<string> DeleteAsync(CurationActor actor, string userId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        actor = await CurrentAdministratorAsync(actor, cancellationToken);
        if (userId == actor.UserId)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["User"] = CoreText.Format("Curation.DeleteSelf") });
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({DeletionLock})", cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoUser"));
        if (user.DeletedAt is not null)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["User"] = CoreText.Format("Curation.AlreadyDeleted") });
        }

        if (await IsActiveAdministratorAsync(db, userId, cancellationToken) && !await AnotherActiveAdministratorAsync(db, userId, cancellationToken))
        {
            throw new CurationValidationException(new Dictionary<string, string>
            {
                ["User"] = CoreText.Format("Curation.LastAdministrator"),
            });
        }

        // Checked again under the lock: an administrator deleted or demoted a moment ago deletes nobody.
        actor = await CurrentAdministratorAsync(db, actor, cancellationToken);
        var oldNames = new[] { user.UserName, user.Email }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var former = await FormerUserNameAsync(db, user.Id, cancellationToken);
        Anonymise(user, former);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.EntryRevisions.Where(r => r.ChangedBy != null && oldNames.Contains(r.ChangedBy))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ChangedBy, former), cancellationToken);
        await db.AuditEvents.Where(a => a.UserId == userId || (a.UserName != null && oldNames.Contains(a.UserName)))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, former), cancellationToken);
        foreach (var name in oldNames)
        {
            // Whole addresses only: deleting an@example.org leaves joan@example.org in other records as it is.
            var whole = new Regex($"(?<![A-Za-z0-9._%+-]){Regex.Escape(name)}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            foreach (var row in await db.AuditEvents.Where(a => a.Details != null && a.Details.Contains(name)).ToListAsync(cancellationToken))
            {
                row.Details = whole.Replace(row.Details!, former);
            }
        }

        await db.SiteSettings.Where(s => s.UpdatedBy != null && oldNames.Contains(s.UpdatedBy))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedBy, former), cancellationToken);
        var details = $"By {actor.UserName}";
        db.AuditEvents.Add(AuditLog.Create(AuditLog.UserDeleted, user.Id, former, ipAddress, details));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        audit.Logged(AuditLog.UserDeleted, user.Id, former, ipAddress, details);
        return former;
    }

    /// <summary>Whether an account other than <paramref name="exceptUserId"/> holds the Administrator role and is neither disabled nor deleted.</summary>
    internal static Task<bool> AnotherActiveAdministratorAsync(CatalogueDbContext db, string exceptUserId, CancellationToken cancellationToken) =>
        ActiveAdministrators(db).AnyAsync(id => id != exceptUserId, cancellationToken);

    private static Task<bool> IsActiveAdministratorAsync(CatalogueDbContext db, string userId, CancellationToken cancellationToken) =>
        ActiveAdministrators(db).AnyAsync(id => id == userId, cancellationToken);

    private static IQueryable<string> ActiveAdministrators(CatalogueDbContext db) =>
        from link in db.UserRoles
        join role in db.Roles on link.RoleId equals role.Id
        join user in db.Users on link.UserId equals user.Id
        where role.Name == CatalogueRoles.Administrator && !user.IsDisabled && user.DeletedAt == null
        select user.Id;

    /// <summary>"Former user " and the first hex digits of a hash of the id: the same for the account every time, longer only on a clash.</summary>
    private static async Task<string> FormerUserNameAsync(CatalogueDbContext db, string userId, CancellationToken cancellationToken)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)));
        foreach (var length in new[] { 4, 6, 8, 12, 64 })
        {
            var candidate = FormerUserPrefix + hex[..length];
            var normalized = candidate.ToUpperInvariant();
            if (!await db.Users.AnyAsync(u => u.NormalizedUserName == normalized && u.Id != userId, cancellationToken))
            {
                return candidate;
            }
        }

        return FormerUserPrefix + userId;
    }

    private static void Anonymise(CatalogueUser user, string former)
    {
        user.UserName = former;
        user.NormalizedUserName = former.ToUpperInvariant();
        user.Email = null;
        user.NormalizedEmail = null;
        user.EmailConfirmed = false;
        user.DisplayName = former;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.LastTotpTimeStep = null;
        user.MustChangePassword = false;
        user.IsDisabled = true;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        user.DeletedAt = DateTime.UtcNow;
    }
}
