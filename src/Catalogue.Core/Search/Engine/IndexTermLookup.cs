using Lucene.Net.Index;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// Looks up the words of one search in the index once, with one terms enumerator per field and segment: a text search
/// asks for the same few words in a few dozen fields (each language's title, keywords, summary and all its text), and
/// the fresh enumerator Lucene makes by default for every word and field was most of what the index allocated for a text
/// search. A word a field does not hold gets no query clause at all. Used by one search at a time; the searcher keeps it
/// for the next one (<see cref="CatalogueSearcher.RentTermLookup"/>), as the enumerators hold nothing a query keeps.
/// </summary>
internal sealed class IndexTermLookup(IndexReaderContext top)
{
    private readonly Dictionary<string, TermsEnum?[]> enumerators = new(StringComparer.Ordinal);

    /// <summary>Where each segment holds <paramref name="term"/> (for a <see cref="Lucene.Net.Search.TermQuery"/>), or null when none does.</summary>
    public TermContext? Find(Term term)
    {
        var leaves = top.Leaves;
        if (!enumerators.TryGetValue(term.Field, out var perLeaf))
        {
            perLeaf = leaves.Select(leaf => leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator()).ToArray();
            enumerators[term.Field] = perLeaf;
        }

        TermContext? found = null;
        foreach (var leaf in leaves)
        {
            if (perLeaf[leaf.Ord] is { } enumerator && enumerator.SeekExact(term.Bytes))
            {
                found ??= new TermContext(top);
                found.Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
            }
        }

        return found;
    }
}
