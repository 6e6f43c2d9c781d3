namespace Catalogue.Core.LinkChecking;

/// <summary>Settings of the broken-link checker (configuration section "LinkChecking").</summary>
public sealed class LinkCheckOptions
{
    public const string Section = "LinkChecking";

    /// <summary>Run the checker in the background of this instance (only one instance checks at a time).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a batch runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a result stands before the address is checked again (oldest first).</summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Addresses checked per batch at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long one request may take, headers included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>At most one request to a host per this long.</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Consecutive failures before readers see "this link may no longer work".</summary>
    public int FailuresBeforeNote { get; set; } = 3;

    /// <summary>
    /// Check addresses on loopback and private networks. Off in production: a catalogue entry must never make the server
    /// probe its own network (SSRF). Tests turn it on for their local server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The catalogue's public address, named in the User-Agent so site owners know who checks.</summary>
    public string? PublicBaseUrl { get; set; }

    public string UserAgent => "MigrantEducationCatalogue-LinkChecker/1.0" + (string.IsNullOrWhiteSpace(PublicBaseUrl) ? "" : $" (+{PublicBaseUrl.TrimEnd('/')})");
}
