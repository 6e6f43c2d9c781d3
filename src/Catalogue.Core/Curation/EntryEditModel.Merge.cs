namespace Catalogue.Core.Curation;

/// <summary>A field that two editors changed to different values since the version they both started from.</summary>
public sealed record FieldConflict(string Field, string? Mine, string? Theirs);

public sealed partial class EntryEditModel
{
    /// <summary>
    /// The fields that both <paramref name="mine"/> and <paramref name="theirs"/> changed, differently, since
    /// <paramref name="seen"/> (the version both started from): the editor must choose which value to keep.
    /// </summary>
    public static IReadOnlyList<FieldConflict> Conflicts(EntryEditModel seen, EntryEditModel mine, EntryEditModel theirs) => Fields
        .Select(p => (p.Name, Seen: Display(p.GetValue(seen)), Mine: Display(p.GetValue(mine)), Theirs: Display(p.GetValue(theirs))))
        .Where(f => f.Mine != f.Seen && f.Theirs != f.Seen && f.Mine != f.Theirs)
        .Select(f => new FieldConflict(f.Name, f.Mine, f.Theirs))
        .ToList();

    /// <summary>
    /// Their version with my changes on top, field by field: a field only I changed takes my value, a field only they
    /// changed keeps theirs, and a field we both changed takes mine only when it is in <paramref name="keepMine"/>.
    /// </summary>
    public static EntryEditModel Merge(EntryEditModel seen, EntryEditModel mine, EntryEditModel theirs, IReadOnlySet<string> keepMine)
    {
        var merged = theirs.Clone();
        var mineCopy = mine.Clone();
        foreach (var field in Fields)
        {
            var seenValue = Display(field.GetValue(seen));
            var mineChanged = Display(field.GetValue(mine)) != seenValue;
            var theirsChanged = Display(field.GetValue(theirs)) != seenValue;
            if (mineChanged && (!theirsChanged || keepMine.Contains(field.Name)))
            {
                field.SetValue(merged, field.GetValue(mineCopy));
            }
        }

        return merged;
    }
}
