namespace Catalogue.Core.Entities;

/// <summary>A slug an entry had before; its public URL answers with a permanent redirect.</summary>
public class SlugRedirect
{
    public string OldSlug { get; set; } = "";
    public int EntryId { get; set; }
    public DateTime CreatedAt { get; set; }

    public Entry Entry { get; set; } = null!;
}
