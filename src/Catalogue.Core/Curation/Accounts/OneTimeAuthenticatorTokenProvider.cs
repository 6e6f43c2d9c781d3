using System.Globalization;
using System.Security.Cryptography;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that work once. Identity's own provider
/// accepts a code again for as long as it is valid, so a code seen over a shoulder or in a proxy log could be replayed;
/// here the step of an accepted code is claimed in one atomic update, and that step and every earlier one are refused.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(IDbContextFactory<CatalogueDbContext> factory) : AuthenticatorTokenProvider<CatalogueUser>
{
    private const int StepSeconds = 30;

    /// <summary>A code of the step before or after the current one is accepted too (clock drift, typing time).</summary>
    private const int AllowedDrift = 1;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<CatalogueUser> manager, CatalogueUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = DecodeBase32(key);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                return await ClaimAsync(user.Id, step);
            }
        }

        return false;
    }

    private async Task<bool> ClaimAsync(string userId, long step)
    {
        await using var db = await factory.CreateDbContextAsync();
        var claimed = await db.Users
            .Where(u => u.Id == userId && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpTimeStep, step));
        return claimed == 1;
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, as Identity stores the authenticator key (upper case, no padding).</summary>
    private static byte[] DecodeBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bitCount = 0;
        foreach (var symbol in text.TrimEnd('=').ToUpperInvariant())
        {
            var index = alphabet.IndexOf(symbol, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | index;
            bitCount += 5;
            if (bitCount >= 8)
            {
                bitCount -= 8;
                bytes.Add((byte)(buffer >> bitCount));
                buffer &= (1 << bitCount) - 1;
            }
        }

        return bytes.ToArray();
    }
}
