using Catalogue.Core.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Curation;

/// <summary>New passwords go through the app's own UserManager, as the create-admin command and account creation do.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class PasswordPolicyTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData("1234567890ab")] // a sequence with two letters: accepted for an administrator before
    [InlineData("0987654321qw")]
    [InlineData("qazwsxedcrfv")] // a keyboard run
    [InlineData("iloveyou2015")]
    [InlineData("superman1234")]
    [InlineData("liverpool123")]
    [InlineData("Password123!")]
    [InlineData("sunshine2020")]
    public async Task CreateUser_CommonBreachedOrSequencePassword_IsRefusedWithAMessage(string password)
    {
        var result = await CreateAsync(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon" && e.Description.Contains("too easy to guess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateUser_PasswordMadeOfTheEmailAddress_IsRefused()
    {
        var result = await CreateAsync("amira.haddad2024", "amira.haddad@example.org");

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }

    [Theory]
    [InlineData("a long enough test passphrase")]
    [InlineData("Kettle-orbit-violet-harbour")]
    [InlineData("x7Qm2vRt9KpL4wZs8bNc")]
    public async Task CreateUser_LongUnguessablePassword_IsAccepted(string password)
    {
        var result = await CreateAsync(password);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private async Task<IdentityResult> CreateAsync(string password, string? email = null)
    {
        await using var app = new CatalogueAppFactory(fixture.Database.ConnectionString);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        email ??= $"password-{Guid.NewGuid():N}@example.org";
        return await users.CreateAsync(new CatalogueUser { UserName = email, Email = email, CreatedAt = DateTime.UtcNow }, password);
    }
}
