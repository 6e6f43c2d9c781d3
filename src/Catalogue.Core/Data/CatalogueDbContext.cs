using Catalogue.Core.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Data;

public class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options)
    : IdentityDbContext<CatalogueUser>(options), IDataProtectionKeyContext
{
    /// <summary>Text search configuration (english stemming after unaccent) created by the first migration.</summary>
    public const string SearchConfiguration = "public.english_unaccent";

    public DbSet<Entry> Entries => Set<Entry>();
    public DbSet<EntryOrganisation> EntryOrganisations => Set<EntryOrganisation>();
    public DbSet<EntryRelation> EntryRelations => Set<EntryRelation>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<EntryRevision> EntryRevisions => Set<EntryRevision>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<Alerts.AlertSubscription> AlertSubscriptions => Set<Alerts.AlertSubscription>();
    public DbSet<Alerts.AlertToken> AlertTokens => Set<Alerts.AlertToken>();
    public DbSet<Mail.OutboxMail> MailOutbox => Set<Mail.OutboxMail>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Keyword> Keywords => Set<Keyword>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Audience> Audiences => Set<Audience>();
    public DbSet<BeneficiaryGroup> BeneficiaryGroups => Set<BeneficiaryGroup>();

    public DbSet<SdgTarget> SdgTargets => Set<SdgTarget>();
    public DbSet<SdgIndicator> SdgIndicators => Set<SdgIndicator>();
    public DbSet<GcmObjective> GcmObjectives => Set<GcmObjective>();
    public DbSet<GuidingPrinciple> GuidingPrinciples => Set<GuidingPrinciple>();
    public DbSet<ActivityArea> ActivityAreas => Set<ActivityArea>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Language> Languages => Set<Language>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        SnakeCaseNaming.Apply(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshSearchTerms();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshSearchTerms();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Keeps <see cref="Entry.SearchTerms"/> in step with the entry's keywords, tags and organisations in the
    /// same transaction, so an edit is searchable as soon as it is saved. Renames and merges of terms, which
    /// touch many entries at once, refresh the column with SQL instead (see <see cref="SearchTermsSql"/>).
    /// </summary>
    private void RefreshSearchTerms()
    {
        foreach (var tracked in ChangeTracker.Entries<Entry>().ToList())
        {
            if (tracked.State is EntityState.Deleted or EntityState.Detached)
            {
                continue;
            }

            var keywords = tracked.Collection(e => e.Keywords);
            var tags = tracked.Collection(e => e.Tags);
            var organisations = tracked.Collection(e => e.Organisations);
            var isNew = tracked.State == EntityState.Added;
            if (!isNew && !(keywords.IsLoaded && tags.IsLoaded && organisations.IsLoaded))
            {
                continue;
            }

            var entry = tracked.Entity;
            var terms = SearchTermsSql.Compose(
                entry.Keywords.Select(k => k.Name),
                entry.Tags.Select(t => t.Name),
                entry.Organisations.Select(o => o.Organisation?.Name).OfType<string>());
            if (entry.SearchTerms != terms)
            {
                entry.SearchTerms = terms;
            }
        }
    }
}
