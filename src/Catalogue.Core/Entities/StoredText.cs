namespace Catalogue.Core.Entities;

/// <summary>
/// Characters no stored or searched text may contain: PostgreSQL text cannot hold NUL, and XML 1.0 (the Atom feed,
/// OAI-PMH) cannot carry the other control characters. Tab, line feed and carriage return are ordinary text.
/// </summary>
public static class StoredText
{
    public const string Problem = "contains a control character (such as NUL, %00), which text cannot hold";

    public static bool HasForbiddenCharacter(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
}
