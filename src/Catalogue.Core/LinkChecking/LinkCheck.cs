using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.LinkChecking;

/// <summary>What the last check of an address found.</summary>
public enum LinkStatus
{
    /// <summary>Not checked yet, or not checkable here (an address on a private network).</summary>
    Unchecked,
    Ok,
    /// <summary>Answers, but only after a permanent redirect (301/308): the entry could use the new address.</summary>
    Redirected,
    /// <summary>The server answered with an error (4xx/5xx) or a broken redirect chain.</summary>
    Broken,
    /// <summary>No answer at all: the name does not resolve or the connection is refused.</summary>
    Unreachable,
    TimedOut,
}

/// <summary>
/// The health of one web address used by published entries (source, document or evaluation), one row per address.
/// Written only by the link checker; it never changes an entry.
/// </summary>
public class LinkCheck
{
    public string Url { get; set; } = "";
    public LinkStatus Status { get; set; }
    public int? HttpStatus { get; set; }
    /// <summary>Since when the address has had <see cref="Status"/>.</summary>
    public DateTime StatusSince { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTime? LastCheckedAt { get; set; }
    /// <summary>Where the redirects ended, when there were any.</summary>
    public string? RedirectTarget { get; set; }

    public static bool IsFailure(LinkStatus status) => status is LinkStatus.Broken or LinkStatus.Unreachable or LinkStatus.TimedOut;
}

public sealed class LinkCheckConfiguration : IEntityTypeConfiguration<LinkCheck>
{
    public void Configure(EntityTypeBuilder<LinkCheck> builder)
    {
        builder.ToTable("link_checks");
        builder.HasKey(l => l.Url);
        builder.Property(l => l.Url).HasMaxLength(Entities.Entry.UrlMaxLength);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.RedirectTarget).HasMaxLength(Entities.Entry.UrlMaxLength);
        builder.HasIndex(l => l.LastCheckedAt);
        builder.HasIndex(l => new { l.Status, l.StatusSince });
    }
}
