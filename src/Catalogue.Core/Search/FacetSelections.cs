namespace Catalogue.Core.Search;

/// <summary>
/// The facet values a search selects: for each facet key, its values in canonical form, without duplicates, in the order
/// they were given. Immutable, with value equality, so two searches for the same thing compare equal.
/// </summary>
public sealed class FacetSelections : IEquatable<FacetSelections>
{
    public static readonly FacetSelections Empty = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    private readonly Dictionary<string, IReadOnlyList<string>> values;

    private FacetSelections(Dictionary<string, IReadOnlyList<string>> values) => this.values = values;

    public IReadOnlyList<string> this[string key] => values.TryGetValue(key, out var selected) ? selected : [];

    public bool IsEmpty => values.Count == 0;

    /// <summary>The keys with at least one value selected.</summary>
    public IEnumerable<string> Keys => values.Keys;

    public bool Contains(string key, string value) => this[key].Contains(value, StringComparer.Ordinal);

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="selected"/> (an empty list removes the key).</summary>
    public FacetSelections With(string key, IEnumerable<string> selected)
    {
        var copy = new Dictionary<string, IReadOnlyList<string>>(values, StringComparer.Ordinal);
        var distinct = selected.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            copy.Remove(key);
        }
        else
        {
            copy[key] = distinct;
        }

        return new FacetSelections(copy);
    }

    public bool Equals(FacetSelections? other) =>
        other is not null && other.values.Count == values.Count &&
        values.All(pair => other.values.TryGetValue(pair.Key, out var theirs) && theirs.SequenceEqual(pair.Value, StringComparer.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as FacetSelections);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, selected) in values)
        {
            var combined = new HashCode();
            combined.Add(key, StringComparer.Ordinal);
            foreach (var value in selected)
            {
                combined.Add(value, StringComparer.Ordinal);
            }

            hash ^= combined.ToHashCode();
        }

        return hash;
    }

    public override string ToString() => string.Join("&", values.SelectMany(p => p.Value.Select(v => $"{p.Key}={v}")));
}
