namespace Catalogue.Core.Curation;

/// <summary>The roles of the curation area; who may do what is decided in the services, not only in the UI.</summary>
public static class CatalogueRoles
{
    /// <summary>Users, taxonomies, everything.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Edit any entry, review, publish, archive.</summary>
    public const string Curator = "Curator";

    /// <summary>Create entries, edit their own drafts, submit them for review.</summary>
    public const string Contributor = "Contributor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Curator, Contributor];
}
