using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Web.Features.Admin;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.Account;

/// <summary>
/// An open admin tab (a circuit) checks its user against the account every few seconds, as a request does through the
/// cookie's security stamp: once the user is demoted, disabled or signed out elsewhere, the tab is signed out too. The
/// services check again on every action (<see cref="AccountState"/>); this makes the page follow.
/// </summary>
public sealed class AccountRevalidatingStateProvider(ILoggerFactory loggerFactory, IDbContextFactory<CatalogueDbContext> factory, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval =>
        TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Curation:CircuitRevalidationSeconds", 15)));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await AccountState.ReadAsync(db, CurrentActor.From(authenticationState.User), cancellationToken) is not null;
    }
}
