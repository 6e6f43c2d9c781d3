using Catalogue.Core.Curation;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Core.Curation;

/// <summary>Actors and entry models for the curation tests.</summary>
internal static class CurationTestData
{
    public static readonly CurationActor Admin = TestAccounts.Actor("u-admin", "admin@example.org", CatalogueRoles.Administrator);
    public static readonly CurationActor Curator = TestAccounts.Actor("u-curator", "curator@example.org", CatalogueRoles.Curator);
    public static readonly CurationActor Contributor = TestAccounts.Actor("u-contrib", "contrib@example.org", CatalogueRoles.Contributor);
    public static readonly CurationActor OtherContributor = TestAccounts.Actor("u-contrib2", "other@example.org", CatalogueRoles.Contributor);
    public static readonly CurationActor NoRole = TestAccounts.Actor("u-none", "none@example.org");

    public static CurationActor[] All => [Admin, Curator, Contributor, OtherContributor, NoRole];

    public static EntryEditModel Model(string title, params string[] keywords) => new()
    {
        Title = title,
        Summary = "A programme that helps migrant children into school.",
        SdgTargets = ["4.1"],
        Countries = ["DE"],
        SourceUrl = "https://example.org/programme",
        Keywords = keywords.ToList(),
    };
}
