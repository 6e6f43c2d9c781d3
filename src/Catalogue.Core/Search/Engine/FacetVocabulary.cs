using Catalogue.Core.Search.Facets;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Numbers every (facet, value) pair an index has seen, so the per-segment value arrays of all segments share one
/// numbering and one count array serves every facet. Append-only: a value that leaves the catalogue keeps its number
/// and simply counts zero. One vocabulary per index; a rebuilt index starts a new one.
/// </summary>
public sealed class FacetVocabulary
{
    private readonly Lock gate = new();
    private readonly Dictionary<(int Facet, string Value), int> numbers = [];
    private readonly List<(int Facet, string Value)> pairs = [];
    private readonly List<int>[] numbersOfFacet = FacetRegistry.All.Select(_ => new List<int>()).ToArray();

    /// <summary>How many numbers are in use; count arrays are this long.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return pairs.Count;
            }
        }
    }

    public int Number(int facet, string value)
    {
        lock (gate)
        {
            if (!numbers.TryGetValue((facet, value), out var number))
            {
                number = pairs.Count;
                numbers.Add((facet, value), number);
                pairs.Add((facet, value));
                numbersOfFacet[facet].Add(number);
            }

            return number;
        }
    }

    /// <summary>The value a number stands for.</summary>
    public string ValueOf(int number)
    {
        lock (gate)
        {
            return pairs[number].Value;
        }
    }

    /// <summary>The counts of one facet as value → count, leaving out zeros.</summary>
    public Dictionary<string, int> CountsOf(int facet, int[] counts)
    {
        lock (gate)
        {
            // Sized first: growing a dictionary of a thousand organisations left more garbage than the dictionary itself.
            var counted = 0;
            foreach (var number in numbersOfFacet[facet])
            {
                counted += number < counts.Length && counts[number] > 0 ? 1 : 0;
            }

            var result = new Dictionary<string, int>(counted, StringComparer.Ordinal);
            foreach (var number in numbersOfFacet[facet])
            {
                if (number < counts.Length && counts[number] > 0)
                {
                    result[pairs[number].Value] = counts[number];
                }
            }

            return result;
        }
    }

    public static int IndexOf(FacetDefinition facet) => FacetIndex[facet.Key];

    private static readonly Dictionary<string, int> FacetIndex =
        FacetRegistry.All.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
}
