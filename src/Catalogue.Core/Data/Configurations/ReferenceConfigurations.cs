using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

// Reference tables are seeded by migrations (HasData) from ReferenceData/: official texts and ISO/M49 lists.

public sealed class SdgTargetConfiguration : IEntityTypeConfiguration<SdgTarget>
{
    public void Configure(EntityTypeBuilder<SdgTarget> builder)
    {
        builder.ToTable("sdg_targets");
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(8);
        builder.HasMany(t => t.Indicators).WithOne(i => i.Target).HasForeignKey(i => i.TargetCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(OfficialTaxonomies.SdgTargets.Select((t, i) => new SdgTarget
        {
            Code = t.Code, SortOrder = i + 1, ShortLabel = t.ShortLabel, OfficialText = t.OfficialText,
        }));
    }
}

public sealed class SdgIndicatorConfiguration : IEntityTypeConfiguration<SdgIndicator>
{
    public void Configure(EntityTypeBuilder<SdgIndicator> builder)
    {
        builder.ToTable("sdg_indicators");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(10);
        builder.Property(i => i.TargetCode).HasMaxLength(8);
        builder.Property(i => i.FrameworkVersion).HasMaxLength(60);
        builder.HasData(OfficialTaxonomies.SdgIndicators.Select((ind, i) => new SdgIndicator
        {
            Code = ind.Code,
            TargetCode = ind.Code[..ind.Code.LastIndexOf('.')],
            SortOrder = i + 1,
            OfficialText = ind.OfficialText,
            FrameworkVersion = OfficialTaxonomies.IndicatorFrameworkVersion,
        }));
    }
}

public sealed class GcmObjectiveConfiguration : IEntityTypeConfiguration<GcmObjective>
{
    public void Configure(EntityTypeBuilder<GcmObjective> builder)
    {
        builder.ToTable("gcm_objectives");
        builder.HasKey(o => o.Number);
        builder.Property(o => o.Number).ValueGeneratedNever();
        builder.HasData(OfficialTaxonomies.GcmObjectives.Select(o => new GcmObjective
        {
            Number = o.Number, ShortLabel = o.ShortLabel, OfficialText = o.OfficialText,
        }));
    }
}

public sealed class GuidingPrincipleConfiguration : IEntityTypeConfiguration<GuidingPrinciple>
{
    public void Configure(EntityTypeBuilder<GuidingPrinciple> builder)
    {
        builder.ToTable("guiding_principles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Paragraph).HasMaxLength(1);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasData(OfficialTaxonomies.GuidingPrinciples.Select((name, i) => new GuidingPrinciple
        {
            Id = i + 1, Paragraph = ((char)('a' + i)).ToString(), Name = name,
        }));
    }
}

public sealed class ActivityAreaConfiguration : IEntityTypeConfiguration<ActivityArea>
{
    public void Configure(EntityTypeBuilder<ActivityArea> builder)
    {
        builder.ToTable("activity_areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(60);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasOne<SdgTarget>().WithMany().HasForeignKey(a => a.SdgTargetCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(ActivityAreas.All.Select(a => new ActivityArea
        {
            Id = a.Id, Code = a.Code, Name = a.Name, SdgTargetCode = a.SdgTargetCode,
        }));
    }
}

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(3);
        builder.Property(r => r.ParentCode).HasMaxLength(3);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(GeographyData.Regions.Select(r => new Region
        {
            Code = r.Code, Name = r.Name, Level = r.Level, ParentCode = r.ParentCode,
        }));
    }
}

public sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.ToTable("countries");
        builder.HasKey(c => c.Alpha2);
        builder.Property(c => c.Alpha2).HasMaxLength(2);
        builder.Property(c => c.Alpha3).HasMaxLength(3);
        builder.Property(c => c.NumericCode).HasMaxLength(3);
        builder.Property(c => c.RegionCode).HasMaxLength(3);
        builder.Property(c => c.SubRegionCode).HasMaxLength(3);
        builder.Property(c => c.IntermediateRegionCode).HasMaxLength(3);
        builder.HasIndex(c => c.Alpha3).IsUnique();
        builder.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.SubRegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.IntermediateRegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(GeographyData.Countries.Select(c => new Country
        {
            Alpha2 = c.Alpha2, Alpha3 = c.Alpha3, NumericCode = c.Numeric, Name = c.Name, OfficialName = c.OfficialName,
            RegionCode = c.RegionCode, SubRegionCode = c.SubRegionCode, IntermediateRegionCode = c.IntermediateRegionCode,
        }));
    }
}

public sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> builder)
    {
        builder.ToTable("languages");
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(2);
        builder.Property(l => l.Alpha3).HasMaxLength(3);
        builder.HasData(GeographyData.Languages.Select(l => new Language { Code = l.Code, Alpha3 = l.Alpha3, Name = l.Name }));
    }
}
