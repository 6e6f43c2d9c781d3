using System.Security.Cryptography;
using System.Text;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>
/// Identity's store, keeping two-factor recovery codes as salted PBKDF2 hashes instead of the plain text the default
/// store keeps: a copy of the database does not give anyone a way past two-factor sign-in. Each code is spent by
/// <see cref="UserManager{TUser}.RedeemTwoFactorRecoveryCodeAsync"/>, whose update of the user row (its concurrency
/// stamp) lets only one of two simultaneous uses of a code succeed.
/// </summary>
public sealed class HashedRecoveryCodeUserStore(CatalogueDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<CatalogueUser, IdentityRole, CatalogueDbContext>(context, describer)
{
    // The provider and name Identity's own store uses, so one row per user holds the codes either way.
    private const string Provider = "[AspNetUserStore]";
    private const string Name = "RecoveryCodes";
    private const string Prefix = "pbkdf2$";
    private const int Iterations = 10_000;

    public override Task ReplaceCodesAsync(CatalogueUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, Provider, Name, string.Join(";", recoveryCodes.Select(Hash)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(CatalogueUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = (await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var match = stored.FirstOrDefault(entry => Matches(entry, code));
        if (match is null)
        {
            return false;
        }

        await SetTokenAsync(user, Provider, Name, string.Join(";", stored.Where(entry => !ReferenceEquals(entry, match))), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(CatalogueUser user, CancellationToken cancellationToken = default) =>
        (await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    internal static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Prefix}{Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    internal static bool Matches(string entry, string code)
    {
        if (!entry.StartsWith(Prefix, StringComparison.Ordinal))
        {
            // Codes stored in plain text before this store existed still work once; regenerating replaces them by hashes.
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Normalize(entry)), Encoding.UTF8.GetBytes(Normalize(code)));
        }

        var parts = entry[Prefix.Length..].Split('$');
        if (parts.Length != 2)
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[1]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), Convert.FromBase64String(parts[0]), Iterations,
            HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>People type codes with or without the dash, in either case, with spaces around.</summary>
    private static string Normalize(string code) => code.Replace("-", "").Replace(" ", "").Trim().ToUpperInvariant();
}
