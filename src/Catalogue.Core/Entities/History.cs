namespace Catalogue.Core.Entities;

/// <summary>One stored change of an entry: who, when, what action, the fields changed and a full snapshot.</summary>
public class EntryRevision
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public int RevisionNumber { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public string Action { get; set; } = "";
    /// <summary>JSON: [{ field, old, new }].</summary>
    public string ChangesJson { get; set; } = "[]";
    /// <summary>JSON snapshot of the entry after the change, in the import/export format.</summary>
    public string SnapshotJson { get; set; } = "{}";
}

/// <summary>A security-relevant event: sign-in, failure, lockout, role change, hard delete.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public string EventType { get; set; } = "";
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? IpAddress { get; set; }
    public string? Details { get; set; }
}
