using Catalogue.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>
/// Checks a password against a decoy hash made with the same hasher, so that answering for an unknown, locked or disabled
/// account costs the time that checking a real password costs: the timing does not tell which accounts exist.
/// </summary>
public static class UnknownAccountPassword
{
    private static string? decoy;

    public static void VerifyAgainstDecoy(IPasswordHasher<CatalogueUser> hasher, string? password)
    {
        var user = new CatalogueUser();
        decoy ??= hasher.HashPassword(user, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(user, decoy, password ?? "");
    }
}
