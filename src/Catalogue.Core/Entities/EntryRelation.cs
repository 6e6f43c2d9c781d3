namespace Catalogue.Core.Entities;

/// <summary>A typed link from one entry to another, e.g. an event that launches a publication.</summary>
public class EntryRelation
{
    public int FromEntryId { get; set; }
    public int ToEntryId { get; set; }
    public RelationType Type { get; set; }

    /// <summary>Where in the other entry this one is found, e.g. "section 5.1 (a)" of the report it is described in.</summary>
    public string? Note { get; set; }

    public const int NoteMaxLength = 200;

    public Entry FromEntry { get; set; } = null!;
    public Entry ToEntry { get; set; } = null!;
}
