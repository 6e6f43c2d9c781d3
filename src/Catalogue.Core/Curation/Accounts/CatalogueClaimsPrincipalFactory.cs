using System.Security.Claims;
using Catalogue.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>Adds whether the user has two-factor sign-in on, so administrators without it can be sent to set it up.</summary>
public sealed class CatalogueClaimsPrincipalFactory(UserManager<CatalogueUser> userManager, RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<CatalogueUser, IdentityRole>(userManager, roleManager, options)
{
    public const string TwoFactorClaim = "catalogue:2fa";

    /// <summary>Present while the user still has to replace a password an administrator issued.</summary>
    public const string MustChangePasswordClaim = "catalogue:must-change-password";

    /// <summary>Identity's claim type of the security stamp (<see cref="ClaimsIdentityOptions.SecurityStampClaimType"/>'s default, which this app keeps).</summary>
    public const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CatalogueUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }
        return identity;
    }

    /// <summary>
    /// The acting user for the curation services. An administrator who has not set up two-factor sign-in acts
    /// with the other roles only, so the requirement holds in the services too, not only in the redirect.
    /// </summary>
    public static CurationActor? ToActor(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (!HasTwoFactor(principal))
        {
            roles.Remove(CatalogueRoles.Administrator);
        }

        return new CurationActor(id, principal.Identity.Name ?? id, roles) { SecurityStamp = principal.FindFirstValue(SecurityStampClaim) };
    }

    public static bool HasTwoFactor(ClaimsPrincipal principal) => principal.FindFirstValue(TwoFactorClaim) == "true";

    public static bool MustChangePassword(ClaimsPrincipal principal) => principal.FindFirstValue(MustChangePasswordClaim) == "true";
}
