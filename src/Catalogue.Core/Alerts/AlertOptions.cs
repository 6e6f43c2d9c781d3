namespace Catalogue.Core.Alerts;

/// <summary>Settings of e-mail alerts (section "Alerts").</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>An alert not confirmed within this time is deleted by the digest job.</summary>
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many confirmation messages to one address in 24 hours.</summary>
    public int ConfirmationsPerAddressPerDay { get; set; } = 3;

    /// <summary>Subscribe requests per client (address, IPv6 /64) per hour.</summary>
    public int SubscribePerClientPerHour { get; set; } = 10;

    /// <summary>How often the digest scheduler looks for due alerts.</summary>
    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entries listed in one digest (the message says how many more there are).</summary>
    public int DigestMaxEntries { get; set; } = 20;

    /// <summary>False stops the scheduler and the sender in this instance (tests run them directly).</summary>
    public bool BackgroundJobs { get; set; } = true;
}
