using Catalogue.Core.Curation;

namespace Catalogue.Tests.Core.Curation;

/// <summary>Actors and entry models for the curation tests.</summary>
internal static class CurationTestData
{
    public static readonly CurationActor Admin = CurationActor.Create("u-admin", "admin@example.org", CatalogueRoles.Administrator);
    public static readonly CurationActor Curator = CurationActor.Create("u-curator", "curator@example.org", CatalogueRoles.Curator);
    public static readonly CurationActor Contributor = CurationActor.Create("u-contrib", "contrib@example.org", CatalogueRoles.Contributor);
    public static readonly CurationActor OtherContributor = CurationActor.Create("u-contrib2", "other@example.org", CatalogueRoles.Contributor);
    public static readonly CurationActor NoRole = CurationActor.Create("u-none", "none@example.org");

    public static EntryEditModel Model(string title, params string[] keywords) => new()
    {
        Title = title,
        Summary = "A programme that helps migrant children into school.",
        SdgTargets = ["4.1"],
        Countries = ["DE"],
        Keywords = keywords.ToList(),
    };
}
