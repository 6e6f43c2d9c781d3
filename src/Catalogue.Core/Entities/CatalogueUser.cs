using Microsoft.AspNetCore.Identity;

namespace Catalogue.Core.Entities;

public class CatalogueUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The password was issued by an administrator: the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The 30-second time step of the last authenticator code accepted; that code and every earlier one are spent.</summary>
    public long? LastTotpTimeStep { get; set; }

    /// <summary>When an administrator deleted the account: it stays, anonymised, so its history still names a "former user".</summary>
    public DateTime? DeletedAt { get; set; }
}
