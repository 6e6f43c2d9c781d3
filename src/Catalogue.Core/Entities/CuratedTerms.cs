namespace Catalogue.Core.Entities;

/// <summary>
/// A curator-maintained vocabulary value. Names are unique without regard to case:
/// <see cref="NormalizedName"/> holds the folded form the unique index is on.
/// </summary>
public abstract class CuratedTerm
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";

    public static string Normalize(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

public class Organisation : CuratedTerm;

/// <summary>Controlled vocabulary, e.g. "Child and young migrants".</summary>
public class Keyword : CuratedTerm;

/// <summary>Free tags, e.g. "Trade Unions".</summary>
public class Tag : CuratedTerm;

/// <summary>Who an entry is written for, e.g. "Government", "Civil Society".</summary>
public class Audience : CuratedTerm;

/// <summary>Who a programme serves, e.g. "Refugees", "Children left behind".</summary>
public class BeneficiaryGroup : CuratedTerm;
