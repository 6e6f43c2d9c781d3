using Catalogue.Core.Entities;
using Catalogue.Core.Search.Indexing;

namespace Catalogue.Tests.Core.Search;

/// <summary>Published entries written straight into an index, for the search tests that need no database.</summary>
internal static class TestIndexEntries
{
    public static void Add(IndexHandle index, int id, string language, string title, string summary) =>
        index.Writer.AddDocument(EntryDocumentBuilder.Build(new EntryIndexRecord
        {
            Id = id, Kind = EntryKind.Programme, Status = EntryStatus.Published, Title = title, Summary = summary,
            UpdatedAt = new DateTime(2026, 1, id, 0, 0, 0, DateTimeKind.Utc), Languages = [language],
        }));
}
