using System.Globalization;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.Search.Indexing;

/// <summary>
/// Where indexes live: one folder per build, named after the catalogue database it belongs to and when it was built,
/// under <see cref="SearchIndexOptions.IndexPath"/> (or in memory). The newest folder of the catalogue that opens wins.
/// </summary>
public sealed class IndexStorage(IOptions<SearchIndexOptions> options, ILogger<IndexStorage> logger)
{
    private SearchIndexOptions Options => options.Value;

    public string Root => Path.GetFullPath(Options.IndexPath);

    /// <summary>The newest index of this catalogue that opens, with its layout; null when there is none (or none opens).</summary>
    public IndexHandle? OpenNewest(Guid catalogueId)
    {
        if (Options.InMemory || !System.IO.Directory.Exists(Root))
        {
            return null;
        }

        foreach (var folder in System.IO.Directory.GetDirectories(Root, Prefix(catalogueId) + "*").Order(StringComparer.Ordinal).Reverse())
        {
            try
            {
                var handle = IndexHandle.Open(FSDirectory.Open(folder), folder, create: false);
                var data = handle.Writer.CommitData;
                if (data is null || !data.TryGetValue(IndexFields.CatalogueKey, out var owner) || owner != catalogueId.ToString())
                {
                    handle.Dispose();
                    logger.LogWarning("Search index {Folder} belongs to another catalogue database; it is not used", folder);
                    continue;
                }

                return handle;
            }
            catch (Exception exception) when (exception is IOException or Lucene.Net.Index.CorruptIndexException or InvalidOperationException
                or Lucene.Net.Store.LockObtainFailedException)
            {
                logger.LogWarning(exception, "Search index {Folder} cannot be opened; a new one will be built", folder);
            }
        }

        return null;
    }

    /// <summary>A new, empty index for a build.</summary>
    public IndexHandle Create(Guid catalogueId)
    {
        if (Options.InMemory)
        {
            return IndexHandle.Open(new RAMDirectory(), null, create: true);
        }

        var folder = Path.Combine(Root, Prefix(catalogueId) + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(folder);
        return IndexHandle.Open(FSDirectory.Open(folder), folder, create: true);
    }

    /// <summary>Deletes this catalogue's other index folders (older builds, broken ones); folders in use are left.</summary>
    public void DeleteAllBut(Guid catalogueId, string? keep)
    {
        if (Options.InMemory || !System.IO.Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in System.IO.Directory.GetDirectories(Root, Prefix(catalogueId) + "*"))
        {
            if (folder == keep)
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException exception)
            {
                logger.LogInformation(exception, "Old search index {Folder} could not be deleted yet", folder);
            }
        }
    }

    private static string Prefix(Guid catalogueId) => catalogueId.ToString("N") + "-";
}
