using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Catalogue.Core.Search.Engine;

/// <summary>
/// An index searcher with the per-segment arrays of the reader it searches. Made by <see cref="Factory"/> whenever the
/// index is refreshed, before it is handed out, so the arrays always belong to the segments being searched.
/// </summary>
public sealed class CatalogueSearcher : IndexSearcher
{
    private CatalogueSearcher(IndexReader reader, FacetVocabulary vocabulary, ConditionalWeakTable<object, SegmentData> built)
        : base(reader)
    {
        Similarity = new BM25Similarity();
        Vocabulary = vocabulary;
        Segments = reader.Leaves.Select(leaf => built.GetValue(leaf.AtomicReader.CoreCacheKey, _ => SegmentData.Build(leaf.AtomicReader, vocabulary))).ToArray();
        IndexedFields = MultiFields.GetMergedFieldInfos(reader).Where(f => f.IsIndexed).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
    }

    public FacetVocabulary Vocabulary { get; }

    /// <summary>The arrays of each leaf, by leaf ordinal.</summary>
    public IReadOnlyList<SegmentData> Segments { get; }

    /// <summary>The fields that hold at least one document in the searcher's reader.</summary>
    public IReadOnlySet<string> IndexedFields { get; }

    public int Documents => IndexReader.NumDocs;

    /// <summary>
    /// Term lookups of earlier searches on this searcher, kept for the next ones: a lookup's enumerators (one per field
    /// and segment) were a fifth of what a text search allocated, and they hold nothing a query keeps.
    /// </summary>
    private readonly ConcurrentBag<IndexTermLookup> termLookups = [];

    /// <summary>A term lookup for one thread's use until it is given back with <see cref="ReturnTermLookup"/>.</summary>
    internal IndexTermLookup RentTermLookup() => termLookups.TryTake(out var lookup) ? lookup : new IndexTermLookup(IndexReader.Context);

    internal void ReturnTermLookup(IndexTermLookup lookup) => termLookups.Add(lookup);

    /// <summary>Makes searchers for one index; segments already seen keep their arrays.</summary>
    public sealed class Factory : SearcherFactory
    {
        private readonly ConditionalWeakTable<object, SegmentData> built = new();

        public FacetVocabulary Vocabulary { get; } = new();

        public override IndexSearcher NewSearcher(IndexReader reader) => new CatalogueSearcher(reader, Vocabulary, built);

        /// <summary>Builds the arrays of a merged segment before it is searched (the index writer's merged-segment warmer).</summary>
        public void Warm(AtomicReader reader) => built.GetValue(reader.CoreCacheKey, _ => SegmentData.Build(reader, Vocabulary));
    }
}
