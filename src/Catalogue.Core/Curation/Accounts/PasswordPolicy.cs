using System.Reflection;
using Catalogue.Core.Entities;
using Microsoft.AspNetCore.Identity;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>
/// OWASP ASVS 5.0 (V6.2): at least 12 characters (set in the Identity options), at most 128, no composition rules,
/// and no password from a list of common or easily guessed ones.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<CatalogueUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private static readonly Lazy<HashSet<string>> Blocklist = new(LoadBlocklist);

    public Task<IdentityResult> ValidateAsync(UserManager<CatalogueUser> manager, CatalogueUser user, string? password)
    {
        password ??= "";
        if (password.Length > MaximumLength)
        {
            return Task.FromResult(Fail("PasswordTooLong", $"Passwords can have at most {MaximumLength} characters."));
        }

        return Task.FromResult(IsCommon(password, user.Email ?? user.UserName)
            ? Fail("PasswordTooCommon", "This password is too common or too easy to guess; choose a longer phrase of your own.")
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email)
    {
        var folded = password.Trim().ToLowerInvariant();
        if (folded.Distinct().Count() <= 2 || Blocklist.Value.Contains(folded))
        {
            return true;
        }

        // A listed password padded to length ("password1234!") or a repeated unit ("abcabcabcabc") is still easy to guess.
        var core = folded.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '!', '.', '?', '@', '#', '$', '*');
        if ((core.Length >= 4 && Blocklist.Value.Contains(core)) || IsRepeatedUnit(folded))
        {
            return true;
        }

        if (IsSequence(folded))
        {
            return true;
        }

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(localPart) && localPart.Length >= 4 && (folded.Contains(localPart) && folded.Length - localPart.Length < 6);
    }

    private static bool IsRepeatedUnit(string value)
    {
        for (var unit = 1; unit <= value.Length / 2; unit++)
        {
            if (value.Length % unit == 0 && value.Replace(value[..unit], "", StringComparison.Ordinal).Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSequence(string value)
    {
        var ascending = 0;
        var descending = 0;
        for (var i = 1; i < value.Length; i++)
        {
            ascending += value[i] == value[i - 1] + 1 ? 1 : 0;
            descending += value[i] == value[i - 1] - 1 ? 1 : 0;
        }

        return ascending >= value.Length - 2 || descending >= value.Length - 2;
    }

    private static HashSet<string> LoadBlocklist()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Catalogue.Core.Curation.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words;
    }

    private static IdentityResult Fail(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
