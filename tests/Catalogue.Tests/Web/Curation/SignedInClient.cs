using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>Creates users in the app under test and signs them in through the real sign-in form.</summary>
internal static partial class SignedInClient
{
    public const string Password = "a long enough test passphrase";

    public static HttpClient NewClient(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates a user; for administrators also turns on two-factor sign-in and returns the authenticator key.</summary>
    public static async Task<(string Email, string? Key)> CreateUserAsync(WebApplicationFactory<Program> app, string? role, bool twoFactor = false)
    {
        using var scope = app.Services.CreateScope();
        await CurationRegistration.EnsureRolesAsync(scope.ServiceProvider);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        var email = $"{role ?? "norole"}-{Guid.NewGuid():N}@example.org".ToLowerInvariant();
        var user = new CatalogueUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        string? key = null;
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return (email, key);
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, bool withToken = true)
    {
        var fields = new Dictionary<string, string> { ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, "/account/login");
        }

        return await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in (with the TOTP code when the user has a key) and returns a client holding the cookie.</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> app, string? role, bool twoFactor = false)
    {
        var (email, key) = await CreateUserAsync(app, role, twoFactor);
        var client = NewClient(app);
        var response = await PostSignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (key is not null)
        {
            var twoFactorPath = response.Headers.Location!.PathOf();
            Assert.StartsWith("/account/login-2fa", twoFactorPath);
            var token = await AntiforgeryTokenAsync(client, twoFactorPath);
            response = await client.PostAsync(twoFactorPath, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login-2fa", ["Input.Code"] = Totp(key), ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin", response.Headers.Location!.PathOf());
        }

        return client;
    }

    /// <summary>RFC 6238 code for now, as an authenticator app computes it.</summary>
    public static string Totp(string base32Key)
    {
        var key = Base32Decode(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in input.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((value >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        return output.ToArray();
    }

    /// <summary>The path and query of a redirect, whether the app sent it absolute or relative.</summary>
    public static string PathOf(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
