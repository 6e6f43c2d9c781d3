using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>Settings administrators change in the admin area, stored in site_settings; every change is audited.</summary>
public sealed class SiteSettings(IDbContextFactory<CatalogueDbContext> factory, AuditLog audit)
{
    public const string RequireTwoFactorKey = "require-two-factor-for-curators";

    /// <summary>Whether curators (and administrators) must have two-factor sign-in on to curate, as stored now.</summary>
    public static async Task<bool> RequireTwoFactorAsync(CatalogueDbContext db, CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().AnyAsync(s => s.Key == RequireTwoFactorKey && s.Value == "true", cancellationToken);

    public async Task<bool> RequireTwoFactorAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await RequireTwoFactorAsync(db, cancellationToken);
    }

    public async Task SetRequireTwoFactorAsync(CurationActor actor, bool required, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        if (!actor.IsAdministrator)
        {
            throw new CurationForbiddenException(CoreText.Format("Curation.SettingsForbidden"));
        }

        var value = required ? "true" : "false";
        var row = await db.SiteSettings.FirstOrDefaultAsync(s => s.Key == RequireTwoFactorKey, cancellationToken);
        if (row is null)
        {
            db.SiteSettings.Add(row = new SiteSetting { Key = RequireTwoFactorKey });
        }

        row.Value = value;
        row.UpdatedAt = DateTime.UtcNow;
        row.UpdatedBy = actor.UserName;
        db.AuditEvents.Add(AuditLog.Create(AuditLog.SettingChanged, actor.UserId, actor.UserName, ipAddress, $"{RequireTwoFactorKey} = {value}"));
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(AuditLog.SettingChanged, actor.UserId, actor.UserName, ipAddress, $"{RequireTwoFactorKey} = {value}");
    }
}
