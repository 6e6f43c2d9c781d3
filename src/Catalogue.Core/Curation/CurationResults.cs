using Catalogue.Core.Entities;

namespace Catalogue.Core.Curation;

/// <summary>What the edit form loads: the fields, the status and the version token the save must match.</summary>
public sealed record EntryForEdit(int Id, EntryStatus Status, uint Version, bool IsSuggested, string? SuggestedByEmail,
    string? CreatedBy, DateTime UpdatedAt, EntryEditModel Model);

/// <summary>
/// The result of a save or a workflow step: done, with the new version; or refused because the entry changed since the
/// actor saw it, listing what changed and carrying the entry as it is now (<see cref="Current"/> at <see cref="Version"/>).
/// </summary>
public sealed record SaveResult(bool Saved, int EntryId, uint Version, EntryStatus Status, IReadOnlyList<FieldChange> ConflictingChanges)
{
    public EntryEditModel? Current { get; init; }

    public static SaveResult Success(Entry entry) => new(true, entry.Id, entry.Version, entry.Status, []);

    /// <summary>What changed between the version the actor saw (<paramref name="seen"/>) and <paramref name="current"/>.</summary>
    public static SaveResult Conflict(Entry current, EntryEditModel seen)
    {
        var now = EntryEditModel.From(current);
        return new(false, current.Id, current.Version, current.Status, EntryEditModel.Diff(seen, now)) { Current = now };
    }
}

public sealed record DuplicateCandidate(int Id, string Title, string Slug, string Status, double Similarity);
