using Catalogue.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Alerts;

public sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.ToTable("alert_subscriptions");
        builder.Property(s => s.Email).HasMaxLength(AlertSubscription.EmailMaxLength);
        builder.Property(s => s.EmailKey).HasMaxLength(AlertSubscription.EmailMaxLength);
        builder.Property(s => s.Search).HasMaxLength(AlertSubscription.SearchMaxLength);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.SiteUrl).HasMaxLength(500);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(s => s.EmailKey);
        builder.HasIndex(s => s.NextDigestAt);
        builder.HasMany(s => s.Tokens).WithOne(t => t.Subscription).HasForeignKey(t => t.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AlertTokenConfiguration : IEntityTypeConfiguration<AlertToken>
{
    public void Configure(EntityTypeBuilder<AlertToken> builder)
    {
        builder.ToTable("alert_tokens");
        builder.HasKey(t => t.Hash);
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(t => t.SubscriptionId);
    }
}

public sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("mail_outbox");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.RecipientKey).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND failed_at IS NULL");
        builder.HasIndex(m => new { m.RecipientKey, m.CreatedAt });
        builder.HasIndex(m => m.SentAt);
        builder.HasIndex(m => m.SubscriptionId);
    }
}
