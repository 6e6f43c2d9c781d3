using System.Security.Claims;
using Catalogue.Core.Curation;
using Catalogue.Core.Curation.Accounts;

namespace Catalogue.Web.Features.Admin;

/// <summary>The signed-in user of this request or circuit, as the curation services want it.</summary>
public sealed class CurrentActor(Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider authentication)
{
    public async Task<CurationActor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return From(state.User);
    }

    /// <summary>The actor for a principal; anyone not signed in acts with no role at all.</summary>
    public static CurationActor From(ClaimsPrincipal user) => CatalogueClaimsPrincipalFactory.ToActor(user) ?? CurationActor.Create("", "anonymous");
}
