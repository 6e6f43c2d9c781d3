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
        IndexedFields = TextQueryBuilder.IndexedFields(reader);
    }

    public FacetVocabulary Vocabulary { get; }

    /// <summary>The arrays of each leaf, by leaf ordinal.</summary>
    public IReadOnlyList<SegmentData> Segments { get; }

    public IReadOnlySet<string> IndexedFields { get; }

    public int Documents => IndexReader.NumDocs;

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
