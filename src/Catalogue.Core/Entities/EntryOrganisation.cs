namespace Catalogue.Core.Entities;

/// <summary>An organisation's part in an entry: author, publisher, implementer, partner or donor.</summary>
public class EntryOrganisation
{
    public int EntryId { get; set; }
    public int OrganisationId { get; set; }
    public OrganisationRole Role { get; set; }
    /// <summary>Keeps the order in which the source lists the organisations.</summary>
    public int Position { get; set; }

    public Entry Entry { get; set; } = null!;
    public Organisation Organisation { get; set; } = null!;
}
