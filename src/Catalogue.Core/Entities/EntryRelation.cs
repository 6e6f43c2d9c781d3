namespace Catalogue.Core.Entities;

/// <summary>A typed link from one entry to another, e.g. an event that launches a publication.</summary>
public class EntryRelation
{
    public int FromEntryId { get; set; }
    public int ToEntryId { get; set; }
    public RelationType Type { get; set; }

    public Entry FromEntry { get; set; } = null!;
    public Entry ToEntry { get; set; } = null!;
}
