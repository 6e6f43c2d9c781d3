namespace Catalogue.Web.Features.Admin;

/// <summary>Messages several admin pages show in the same words.</summary>
public static class AdminMessages
{
    /// <summary>A save failed because the database does not answer: it rolled back whole, and the form keeps its input.</summary>
    public static string SavingPaused => FieldLabels.Text("Admin.SavingPaused") ?? "Saving is paused.";

    /// <summary>An empty value in a list of changes.</summary>
    public static string Empty => FieldLabels.Text("Admin.Empty") ?? "(empty)";

    /// <summary>"Title · Admin", the title of every admin page.</summary>
    public static string PageTitle(string title) => Text("Admin.PageTitle", title);

    /// <summary>A SiteText text with its placeholders filled, for code without an injected localizer.</summary>
    public static string Text(string key, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, FieldLabels.Text(key) ?? key, arguments);
}
