namespace Catalogue.Core.Alerts;

public enum AlertFrequency
{
    Weekly,
    Daily,
}

public enum AlertTokenPurpose
{
    /// <summary>Follows the confirmation link; used once, expires with the unconfirmed subscription.</summary>
    Confirm,

    /// <summary>In every message: the manage page, the unsubscribe link and the List-Unsubscribe header.</summary>
    Manage,
}

/// <summary>
/// An e-mail alert for one catalogue search, made without an account. Unconfirmed until the confirmation link is
/// followed (double opt-in); deleting it removes the row and its tokens for good.
/// </summary>
public class AlertSubscription
{
    public const int EmailMaxLength = 254;
    public const int SearchMaxLength = 2000;

    public long Id { get; set; }

    /// <summary>The address as given (trimmed). Never logged, never exported.</summary>
    public string Email { get; set; } = "";

    /// <summary>The address in the form alerts of one person are matched by (lower case).</summary>
    public string EmailKey { get; set; } = "";

    /// <summary>The catalogue search as its query string ("?sdg=4.1&amp;q=school", or "" for every entry), written by CatalogueUrl.</summary>
    public string Search { get; set; } = "";

    /// <summary>The interface language the alert was made in; its messages and links are in it.</summary>
    public string Language { get; set; } = "en";

    public AlertFrequency Frequency { get; set; } = AlertFrequency.Weekly;

    /// <summary>The site's address when the alert was made, for links when no public base URL is configured.</summary>
    public string SiteUrl { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>Entries published after this are new to the alert: the last digest's time (or the confirmation's).</summary>
    public DateTime? NewSince { get; set; }

    public DateTime? NextDigestAt { get; set; }

    public List<AlertToken> Tokens { get; set; } = [];

    public static TimeSpan Period(AlertFrequency frequency) => frequency == AlertFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
}

/// <summary>A link token of an alert: only its SHA-256 hash is stored.</summary>
public class AlertToken
{
    public byte[] Hash { get; set; } = [];
    public long SubscriptionId { get; set; }
    public AlertSubscription? Subscription { get; set; }
    public AlertTokenPurpose Purpose { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
