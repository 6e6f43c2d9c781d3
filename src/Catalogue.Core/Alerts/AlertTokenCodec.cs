using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Catalogue.Core.Alerts;

/// <summary>Link tokens: 32 random bytes as base64url in the link, their SHA-256 in the database.</summary>
public static class AlertTokenCodec
{
    public const int MaxLength = 64;

    public static (string Token, byte[] Hash) Create()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A token as it came in a link, or null when it cannot be one (so nothing is looked up).</summary>
    public static byte[]? TryHash(string? token) =>
        string.IsNullOrEmpty(token) || token.Length > MaxLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? null : Hash(token);

    /// <summary>Constant-time comparison, so the time taken says nothing about how much of a hash matched.</summary>
    public static bool Matches(byte[] stored, byte[] given) => CryptographicOperations.FixedTimeEquals(stored, given);

    /// <summary>The key messages to one address are counted by: SHA-256 of the lower-case address, hex.</summary>
    public static string RecipientKey(string emailKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(emailKey)));
}
