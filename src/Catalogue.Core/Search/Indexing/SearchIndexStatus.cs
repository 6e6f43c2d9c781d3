namespace Catalogue.Core.Search.Indexing;

/// <summary>What /health/ready reports of the index.</summary>
public sealed class SearchIndexStatus
{
    public bool Building { get; set; }
    public long Watermark { get; set; }
    public DateTime? LastCatchUp { get; set; }
    public IndexBuildReport? LastBuild { get; set; }
}
