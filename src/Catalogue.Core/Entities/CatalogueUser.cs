using Microsoft.AspNetCore.Identity;

namespace Catalogue.Core.Entities;

public class CatalogueUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
}
