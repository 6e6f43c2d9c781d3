namespace Catalogue.Core.Search.Indexing;

/// <summary>Settings of the search index (configuration section "Search").</summary>
public sealed class SearchIndexOptions
{
    public const string Section = "Search";

    /// <summary>The folder holding this instance's index, one sub-folder per catalogue database. Every instance needs its own.</summary>
    public string IndexPath { get; set; } = Path.Combine(".data", "search-index");

    /// <summary>Keep the index in memory instead of a folder (tests; a memory index is rebuilt at every start).</summary>
    public bool InMemory { get; set; }

    /// <summary>How often this instance looks for changes made by others (its own are applied before its response returns).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a search waits for the first index of a starting instance before answering "not ready".</summary>
    public TimeSpan ReadyWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long outbox rows are kept; an instance stopped for longer rebuilds its index when it starts.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often applied changes are committed to disk (searches see them at once; a crash re-applies them).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(5);
}
