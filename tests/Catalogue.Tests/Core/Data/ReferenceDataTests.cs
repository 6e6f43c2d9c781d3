using System.Text.RegularExpressions;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Data;

[Trait("Category", TestCategory.Database)]
public sealed class ReferenceDataTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task ReferenceTables_AfterMigration_HaveTheOfficialCounts()
    {
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(10, await db.SdgTargets.CountAsync());
        Assert.Equal(12, await db.SdgIndicators.CountAsync());
        Assert.Equal(23, await db.GcmObjectives.CountAsync());
        Assert.Equal(10, await db.GuidingPrinciples.CountAsync());
        Assert.Equal(10, await db.ActivityAreas.CountAsync());
    }

    [Fact]
    public async Task SdgTargets_SpotChecks_MatchOfficialTextExactly()
    {
        await using var db = fixture.Database.CreateContext();
        var target = await db.SdgTargets.SingleAsync(t => t.Code == "4.b");
        Assert.Equal(
            "By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries",
            target.OfficialText);
        Assert.Equal("Scholarships", target.ShortLabel);

        var indicator = await db.SdgIndicators.SingleAsync(i => i.Code == "4.7.1");
        Assert.Equal(
            "Extent to which (i) global citizenship education and (ii) education for sustainable development are mainstreamed in (a) national education policies; (b) curricula; (c) teacher education; and (d) student assessment",
            indicator.OfficialText);

        var objective = await db.GcmObjectives.SingleAsync(o => o.Number == 13);
        Assert.Equal("Use migration detention only as a measure of last resort and work towards alternatives", objective.OfficialText);
    }

    [Fact]
    public async Task ReferenceTables_EveryRow_MatchesTheReferenceFile()
    {
        var reference = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "taxonomies.md"));
        var tableRows = Regex.Matches(reference, @"^\| *(4\.[0-9a-c](?:\.\d)?|\d{1,2}) *\|(.*)\|\s*$", RegexOptions.Multiline)
            .Select(m => (Code: m.Groups[1].Value, Cells: m.Groups[2].Value.Split('|').Select(c => c.Trim()).ToArray()))
            .ToList();

        await using var db = fixture.Database.CreateContext();
        var targets = await db.SdgTargets.ToDictionaryAsync(t => t.Code);
        var indicators = await db.SdgIndicators.ToDictionaryAsync(i => i.Code);
        var objectives = await db.GcmObjectives.ToDictionaryAsync(o => o.Number.ToString());

        var checkedRows = 0;
        foreach (var (code, cells) in tableRows)
        {
            if (targets.TryGetValue(code, out var target))
            {
                Assert.Equal(cells[0], target.ShortLabel);
                Assert.Equal(cells[1], target.OfficialText);
            }
            else if (indicators.TryGetValue(code, out var indicator))
            {
                Assert.Equal(cells[0], indicator.OfficialText);
            }
            else
            {
                var objective = objectives[code];
                Assert.Equal(cells[0], objective.ShortLabel);
                Assert.Equal(cells[1], objective.OfficialText);
            }

            checkedRows++;
        }

        Assert.Equal(10 + 12 + 23, checkedRows);
        var principles = await db.GuidingPrinciples.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync();
        Assert.Equal(["People-centred", "International cooperation", "National sovereignty", "Rule of law and due process",
            "Sustainable development", "Human rights", "Gender-responsive", "Child-sensitive",
            "Whole-of-government approach", "Whole-of-society approach"], principles);
    }

    [Fact]
    public async Task SdgIndicators_Each_BelongsToItsTarget()
    {
        await using var db = fixture.Database.CreateContext();
        var indicators = await db.SdgIndicators.Include(i => i.Target).ToListAsync();
        Assert.All(indicators, i => Assert.StartsWith(i.Target.Code + ".", i.Code));
        Assert.Equal(2, indicators.Count(i => i.TargetCode == "4.1"));
        Assert.Equal(2, indicators.Count(i => i.TargetCode == "4.2"));
    }

    [Fact]
    public async Task Countries_Each_HasATopLevelRegion()
    {
        await using var db = fixture.Database.CreateContext();
        var countries = await db.Countries.Include(c => c.Region).ToListAsync();
        Assert.True(countries.Count >= 249, $"only {countries.Count} countries");
        Assert.All(countries, c => Assert.Equal(1, c.Region.Level));

        var turkey = countries.Single(c => c.Alpha2 == "TR");
        Assert.Equal(("TUR", "142", "145"), (turkey.Alpha3, turkey.RegionCode, turkey.SubRegionCode));
        var colombia = countries.Single(c => c.Alpha2 == "CO");
        Assert.Equal(("419", "005"), (colombia.SubRegionCode, colombia.IntermediateRegionCode));
        Assert.Equal("Kosovo (UNSC resolution 1244)", countries.Single(c => c.Alpha2 == "XK").Name);
    }

    [Fact]
    public async Task Languages_AfterMigration_AreTheIso6391List()
    {
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(184, await db.Languages.CountAsync());
        Assert.Equal("French", (await db.Languages.SingleAsync(l => l.Code == "fr")).Name);
        Assert.Equal("ara", (await db.Languages.SingleAsync(l => l.Code == "ar")).Alpha3);
    }
}
