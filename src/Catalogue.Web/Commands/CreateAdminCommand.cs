using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Entities;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Catalogue.Web.Commands;

/// <summary>
/// Creates an administrator (or gives an existing user the role). The password comes from standard input when it is
/// redirected (<c>echo "$PW" | … create-admin --email a@b.org</c>); otherwise one is generated and printed once.
/// </summary>
public sealed class CreateAdminCommand : ICatalogueCommand
{
    public string Name => "create-admin";

    public string Usage => "create-admin --email <address>   (password from standard input, or generated and printed once)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var at = arguments.ToList().IndexOf("--email");
        if (at < 0 || at + 1 >= arguments.Count || !System.Net.Mail.MailAddress.TryCreate(arguments[at + 1], out _))
        {
            throw new CommandLineException("Give the administrator's e-mail address with --email.");
        }

        var email = arguments[at + 1].Trim();
        string? password = null;
        if (Console.IsInputRedirected)
        {
            password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
        }

        var generated = string.IsNullOrEmpty(password);
        password = generated ? UserAdministrationService.GeneratePassword() : password!;

        using var scope = services.CreateScope();
        await CurationRegistration.EnsureRolesAsync(scope.ServiceProvider);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"A user with the e-mail address {email} exists already; give them the role on the Users page.");
            return 1;
        }

        var user = new CatalogueUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, CatalogueRoles.Administrator);
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("The administrator was not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await services.GetRequiredService<AuditLog>().WriteAsync(AuditLog.UserCreated, user.Id, email, null, "create-admin command, role Administrator", cancellationToken);
        Console.WriteLine($"Administrator {email} created. Sign in at {CurationRegistration.SignInPath}; you will set up two-factor sign-in first.");
        if (generated)
        {
            Console.WriteLine($"Password (shown only now): {password}");
        }

        return 0;
    }
}
