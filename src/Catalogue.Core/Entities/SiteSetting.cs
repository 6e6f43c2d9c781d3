namespace Catalogue.Core.Entities;

/// <summary>A setting an administrator changes in the admin area (not in configuration), one row per key.</summary>
public class SiteSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
