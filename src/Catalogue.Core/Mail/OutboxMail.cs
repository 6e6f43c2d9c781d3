namespace Catalogue.Core.Mail;

public enum MailKind
{
    AlertConfirmation,
    AlertDigest,
}

/// <summary>
/// A message waiting to be sent (or sent): the whole MIME message is stored, so a retry sends the same bytes with the
/// same Message-Id. Its content (which holds the address) is cleared once it is sent or given up.
/// </summary>
public class OutboxMail
{
    public long Id { get; set; }
    public MailKind Kind { get; set; }

    /// <summary>The alert it belongs to, for logs (never the address) and for dropping it when the alert is deleted.</summary>
    public long? SubscriptionId { get; set; }

    /// <summary>SHA-256 of the lower-case address, so messages per address can be counted without keeping the address.</summary>
    public string RecipientKey { get; set; } = "";

    public byte[]? Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }
}
