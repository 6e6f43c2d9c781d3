using Catalogue.Core.Curation;

namespace Catalogue.Web.Features.Admin;

/// <summary>Role lists for [Authorize] on admin pages; the services check again for every action.</summary>
public static class AdminRoles
{
    public const string AnyCatalogueRole = CatalogueRoles.Administrator + "," + CatalogueRoles.Curator + "," + CatalogueRoles.Contributor;
    public const string Curator = CatalogueRoles.Administrator + "," + CatalogueRoles.Curator;
    public const string Administrator = CatalogueRoles.Administrator;
}
