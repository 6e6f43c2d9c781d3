using MailKit.Security;

namespace Catalogue.Core.Mail;

/// <summary>Outgoing mail (section "Mail"): SMTP, or a pickup folder of .eml files (Development's default).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "alerts@localhost";
    public string FromName { get; set; } = "Migrant Education Catalogue";

    /// <summary>A folder to write each message to as an .eml file instead of sending it (used when set).</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How often the sender looks for messages to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after a first failure; it doubles after each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxAttempts { get; set; } = 6;
    public int BatchSize { get; set; } = 20;
}
