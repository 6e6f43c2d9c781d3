namespace Catalogue.Core.Entities;

/// <summary>An SDG 4 target with its official text (A/RES/71/313); read-only reference data.</summary>
public class SdgTarget
{
    /// <summary>"4.1" … "4.7", "4.a", "4.b", "4.c".</summary>
    public string Code { get; set; } = "";
    public int SortOrder { get; set; }
    public string ShortLabel { get; set; } = "";
    public string OfficialText { get; set; } = "";

    public List<SdgIndicator> Indicators { get; set; } = [];
}

/// <summary>An SDG 4 global indicator, versioned with the indicator framework it comes from.</summary>
public class SdgIndicator
{
    public string Code { get; set; } = "";
    public string TargetCode { get; set; } = "";
    public int SortOrder { get; set; }
    public string OfficialText { get; set; } = "";
    public string FrameworkVersion { get; set; } = "";

    public SdgTarget Target { get; set; } = null!;
}

/// <summary>One of the 23 objectives of the Global Compact for Migration (A/RES/73/195, para. 16).</summary>
public class GcmObjective
{
    public int Number { get; set; }
    public string ShortLabel { get; set; } = "";
    public string OfficialText { get; set; } = "";
}

/// <summary>A GCM guiding principle (para. 15), used as the "cross-cutting theme" of an entry.</summary>
public class GuidingPrinciple
{
    public int Id { get; set; }
    /// <summary>The paragraph letter, "a" … "j".</summary>
    public string Paragraph { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>One of IOM's ten education activity areas (IOM education assessment, sections 5.1–5.10).</summary>
public class ActivityArea
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The SDG 4 target the assessment files the area under.</summary>
    public string SdgTargetCode { get; set; } = "";
}

/// <summary>A UN M49 region (level 1), sub-region (2) or intermediate region (3).</summary>
public class Region
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Level { get; set; }
    public string? ParentCode { get; set; }
}

/// <summary>An ISO 3166-1 country or area with its UN M49 regions.</summary>
public class Country
{
    public string Alpha2 { get; set; } = "";
    public string Alpha3 { get; set; } = "";
    public string? NumericCode { get; set; }
    public string Name { get; set; } = "";
    public string OfficialName { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string? SubRegionCode { get; set; }
    public string? IntermediateRegionCode { get; set; }

    public Region Region { get; set; } = null!;
}

/// <summary>An ISO 639-1 language.</summary>
public class Language
{
    public string Code { get; set; } = "";
    public string Alpha3 { get; set; } = "";
    public string Name { get; set; } = "";
}
