using System.Collections.Concurrent;
using System.Globalization;

namespace Catalogue.Core.Localization;

/// <summary>
/// A language's case-insensitive collation that keeps each label's ICU sort key: comparing two keys is a byte
/// comparison, while ICU's own comparison costs a few hundred nanoseconds, and ordering a facet's countries or
/// organisations on every search compared the same few thousand labels again and again. Same order as
/// <see cref="CompareInfo.Compare(string, string, CompareOptions)"/> with <see cref="CompareOptions.IgnoreCase"/>.
/// </summary>
internal sealed class CachedCollation(CultureInfo culture) : StringComparer
{
    /// <summary>Labels come from the vocabularies; past this many, keys are made without being kept.</summary>
    private const int MaxKept = 50_000;

    private readonly CompareInfo compare = culture.CompareInfo;
    private readonly StringComparer plain = Create(culture, ignoreCase: true);
    private readonly ConcurrentDictionary<string, SortKey> keys = new(StringComparer.Ordinal);

    public override int Compare(string? x, string? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => SortKey.Compare(KeyOf(x), KeyOf(y)),
    };

    public override bool Equals(string? x, string? y) => plain.Equals(x, y);

    public override int GetHashCode(string obj) => plain.GetHashCode(obj);

    private SortKey KeyOf(string label)
    {
        if (keys.TryGetValue(label, out var key))
        {
            return key;
        }

        key = compare.GetSortKey(label, CompareOptions.IgnoreCase);
        if (keys.Count < MaxKept)
        {
            keys.TryAdd(label, key);
        }

        return key;
    }
}
