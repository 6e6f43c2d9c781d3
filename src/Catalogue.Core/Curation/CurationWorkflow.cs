using Catalogue.Core.Entities;
using Catalogue.Core.Localization;

namespace Catalogue.Core.Curation;

/// <summary>
/// Who may move an entry between statuses. Draft → InReview → Published → Archived, and back to Draft.
/// Contributors submit and withdraw their own entries; curators and administrators do everything else.
/// </summary>
public static class CurationWorkflow
{
    public static IReadOnlyList<EntryStatus> AllowedTargets(CurationActor actor, Entry entry) =>
        Enum.GetValues<EntryStatus>().Where(s => IsAllowed(actor, entry, s)).ToList();

    public static bool IsAllowed(CurationActor actor, Entry entry, EntryStatus target) =>
        IsAllowed(actor, entry.Status, entry.CreatedBy == actor.UserId, target);

    public static bool IsAllowed(CurationActor actor, EntryStatus from, bool ownsEntry, EntryStatus target)
    {
        if (from == target)
        {
            return false;
        }

        var ownerContributor = actor.CanContribute && ownsEntry;
        return (from, target) switch
        {
            (EntryStatus.Draft, EntryStatus.InReview) => actor.CanCurate || ownerContributor,
            (EntryStatus.InReview, EntryStatus.Draft) => actor.CanCurate || ownerContributor,
            (EntryStatus.Draft or EntryStatus.InReview, EntryStatus.Published) => actor.CanCurate,
            (_, EntryStatus.Archived) => actor.CanCurate,
            (EntryStatus.Published or EntryStatus.Archived, EntryStatus.Draft) => actor.CanCurate,
            _ => false,
        };
    }

    public static string Explain(CurationActor actor, Entry entry, EntryStatus target) =>
        actor.CanCurate
            ? CoreText.Format("Curation.Transition.Impossible", StatusName(entry.Status), StatusName(target))
            : CoreText.Format("Curation.Transition.CuratorOnly", StatusName(entry.Status), StatusName(target));

    /// <summary>A status as a message names it ("in review"), in the interface language.</summary>
    public static string StatusName(EntryStatus status) => CoreText.Get($"Status.{status}") ?? status.ToString();

    public static string ActionName(EntryStatus target) => target switch
    {
        EntryStatus.Draft => "returned to draft",
        EntryStatus.InReview => "submitted for review",
        EntryStatus.Published => "published",
        EntryStatus.Archived => "archived",
        _ => target.ToString(),
    };
}
