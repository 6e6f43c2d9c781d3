using Catalogue.Core.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Directory = Lucene.Net.Store.Directory;

namespace Catalogue.Core.Search.Indexing;

/// <summary>One open index: its directory, writer and searcher manager, the folder it lives in and how far it has applied the outbox.</summary>
public sealed class IndexHandle : IDisposable
{
    private IndexHandle(Directory directory, string? folder, IndexWriter writer, CatalogueSearcher.Factory factory, long watermark, int layout)
    {
        Directory = directory;
        Folder = folder;
        Writer = writer;
        Factory = factory;
        Watermark = watermark;
        Layout = layout;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, factory);
    }

    public Directory Directory { get; }

    /// <summary>The folder on disk, or null for an index in memory.</summary>
    public string? Folder { get; }

    public IndexWriter Writer { get; }

    public CatalogueSearcher.Factory Factory { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Every outbox row of a transaction older than this is in the index.</summary>
    public long Watermark { get; set; }

    /// <summary>The layout it was built with (<see cref="IndexFields.LayoutVersion"/> unless it is an older index still serving).</summary>
    public int Layout { get; }

    /// <summary>True when changes were applied since the last commit.</summary>
    public bool Dirty { get; set; }

    /// <summary>Opens (or creates, when <paramref name="create"/>) the index in <paramref name="directory"/>.</summary>
    public static IndexHandle Open(Directory directory, string? folder, bool create)
    {
        var factory = new CatalogueSearcher.Factory();
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.PerField)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            MergedSegmentWarmer = new Warmer(factory),
        };
        var writer = new IndexWriter(directory, config);
        var data = writer.CommitData;
        var watermark = data is not null && data.TryGetValue(IndexFields.WatermarkKey, out var w) && long.TryParse(w, out var parsed) ? parsed : 0;
        var layout = data is not null && data.TryGetValue(IndexFields.LayoutKey, out var l) && int.TryParse(l, out var version) ? version : 0;
        return new IndexHandle(directory, folder, writer, factory, watermark, create ? IndexFields.LayoutVersion : layout);
    }

    /// <summary>Runs <paramref name="search"/> on the newest searcher.</summary>
    public T Search<T>(Func<CatalogueSearcher, T> search)
    {
        var searcher = (CatalogueSearcher)Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>Commits with the layout, the catalogue it belongs to and the watermark, so a restart resumes from there.</summary>
    public void Commit(Guid catalogueId)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.LayoutKey] = Layout.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [IndexFields.CatalogueKey] = catalogueId.ToString(),
            [IndexFields.WatermarkKey] = Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Writer.Commit();
        Dirty = false;
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    /// <summary>Builds the arrays of a merged segment while it is merged, so no search pays for them.</summary>
    private sealed class Warmer(CatalogueSearcher.Factory factory) : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => factory.Warm(reader);
    }
}
