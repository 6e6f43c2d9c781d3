using System.Security.Claims;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Web.Features.Admin;

/// <summary>Services and endpoints of accounts, roles and the admin area (issue 6).</summary>
public static class CurationRegistration
{
    public const string SignInPath = "/account/login";
    public const string ChangePasswordPath = "/account/password";
    public const string TwoFactorSetupPath = "/account/two-factor";

    public static WebApplicationBuilder AddCuration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddIdentity<CatalogueUser, IdentityRole>(options =>
            {
                // ASVS 5.0 V6.2: length over composition; guessability (zxcvbn) and the upper bound are in PasswordPolicyValidator.
                options.Password.RequiredLength = PasswordPolicyValidator.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CatalogueDbContext>()
            .AddClaimsPrincipalFactory<CatalogueClaimsPrincipalFactory>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddScoped<IUserStore<CatalogueUser>, HashedRecoveryCodeUserStore>();
        // Every request checks the cookie's security stamp: signing out, a role change or disabling ends every session at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, AccountRevalidatingStateProvider>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "catalogue.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // One cookie for every language: renewed under /ar (path base), it would otherwise get the path /ar and the
            // English pages would keep the old one, whose security stamp no longer matches.
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, options => options.Cookie.Path = "/");
        }

        services.AddAuthorization();

        services.AddSingleton<AuditLog>();
        services.AddSingleton<EntryCurationService>();
        services.AddSingleton<EntryAdminQueries>();
        services.AddSingleton<TaxonomyService>();
        services.AddSingleton<CurationImportService>();
        services.AddSingleton<UserAdministrationService>();
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<ReferenceLookup>();
        services.AddScoped<CurrentActor>();
        return builder;
    }

    public static WebApplication UseCuration(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();

        // A password an administrator issued is replaced first; then an administrator without two-factor sign-in sets it up
        // (a curator too, when an administrator requires it), before anything else in the admin area.
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (context.Request.Path.StartsWithSegments("/admin") && user.Identity?.IsAuthenticated == true &&
                CatalogueClaimsPrincipalFactory.MustChangePassword(user))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }

            if (context.Request.Path.StartsWithSegments("/admin") && user.Identity?.IsAuthenticated == true &&
                !CatalogueClaimsPrincipalFactory.HasTwoFactor(user) &&
                (user.IsInRole(CatalogueRoles.Administrator) || (user.IsInRole(CatalogueRoles.Curator) &&
                    await context.RequestServices.GetRequiredService<SiteSettings>().RequireTwoFactorAsync(context.RequestAborted))))
            {
                context.Response.Redirect(TwoFactorSetupPath);
                return;
            }

            await next(context);
        });

        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, HttpContext context, SignInManager<CatalogueUser> signIn, AuditLog audit) =>
        {
            var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            // A new security stamp ends this session everywhere: a copy of the cookie, another browser, an open admin tab.
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            if (id is not null)
            {
                await audit.WriteAsync(AuditLog.SignOut, id, context.User.Identity?.Name, ClientAddress(context), null, context.RequestAborted);
            }

            return Results.Redirect(LocalReturnUrl.Sanitize(returnUrl, "/"));
        });
        return app;
    }

    /// <summary>Runs at start in Development (or with Database:MigrateOnStartup), after migrations.</summary>
    public static async Task OnDatabaseReadyAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await EnsureRolesAsync(scope.ServiceProvider);
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<CatalogueUser>>();
        if ((await users.GetUsersInRoleAsync(CatalogueRoles.Administrator)).Count > 0)
        {
            return;
        }

        const string email = "admin@localhost";
        var password = UserAdministrationService.GeneratePassword();
        var admin = new CatalogueUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Development administrator", CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(admin, password);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(admin, CatalogueRoles.Administrator);
            app.Logger.LogWarning(
                "Development administrator created: sign in at {SignInPath} as {Email} with password {Password} (shown once; you will set up two-factor sign-in next)",
                SignInPath, email, password);
        }
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CatalogueRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static string? ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

}
