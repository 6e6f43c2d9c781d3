namespace Catalogue.Web.Features.Admin;

/// <summary>Messages several admin pages show in the same words.</summary>
public static class AdminMessages
{
    /// <summary>A save failed because the database does not answer: it rolled back whole, and the form keeps its input.</summary>
    public const string SavingPaused =
        "Saving is paused: the database is not answering right now. Nothing was lost — your changes are still in this form, and nothing was half-written. Save again in a moment.";
}
