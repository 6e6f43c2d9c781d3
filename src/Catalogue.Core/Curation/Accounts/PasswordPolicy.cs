using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.AspNetCore.Identity;

namespace Catalogue.Core.Curation.Accounts;

/// <summary>
/// OWASP ASVS 5.0 (V6.2): at least 12 characters (set in the Identity options), at most 128, no composition rules,
/// and nothing easy to guess. What "easy to guess" means comes from zxcvbn (the zxcvbn-core package): its lists of
/// passwords from public breaches, common words and names, and its checks for sequences ("1234567890ab"), keyboard
/// runs, repeats, dates and the user's own e-mail address.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<CatalogueUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>zxcvbn's score 3: about 10^8 guesses or more, "safely unguessable" for an online attacker.</summary>
    public const int MinimumScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<CatalogueUser> manager, CatalogueUser user, string? password)
    {
        password ??= "";
        if (password.Length > MaximumLength)
        {
            return Task.FromResult(Fail("PasswordTooLong", CoreText.Format("Account.PasswordTooLong", MaximumLength)));
        }

        return Task.FromResult(IsGuessable(password, user.Email ?? user.UserName)
            ? Fail("PasswordTooCommon", CoreText.Format("Account.PasswordTooCommon"))
            : IdentityResult.Success);
    }

    public static bool IsGuessable(string password, string? email)
    {
        var userInputs = new List<string> { "catalogue", "migrant", "education" };
        if (!string.IsNullOrWhiteSpace(email))
        {
            userInputs.Add(email);
            userInputs.AddRange(email.Split('@', '.', '-', '_', '+').Where(part => part.Length >= 3));
        }

        return Zxcvbn.Zxcvbn.MatchPassword(password, userInputs).Score < MinimumScore;
    }

    private static IdentityResult Fail(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
