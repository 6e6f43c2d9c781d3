using Catalogue.Core.Curation;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

/// <summary>An over-long value in any field is refused on that field, never by the database (issue 15, item 6).</summary>
[Trait("Category", TestCategory.Database)]
public sealed class FieldLimitTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly EntryCurationService service = new(fixture.Database.Factory);

    public static TheoryData<string> Fields() => [.. Limits().Keys];

    [Fact]
    public void Limits_AreReadFromTheModel_ForEveryTextAndTermField()
    {
        var limits = Limits();

        Assert.Equal(300, limits[nameof(EntryEditModel.Title)]);
        Assert.Equal(200, limits[nameof(EntryEditModel.ExternalId)]);
        Assert.Equal(2048, limits[nameof(EntryEditModel.SourceUrl)]);
        Assert.Equal(200, limits[nameof(EntryEditModel.Keywords)]);
        Assert.Equal(200, limits[nameof(EntryEditModel.Organisations)]);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Update_ValueOneCharacterOverTheColumnLength_IsRefusedOnThatFieldAndNothingIsSaved(string field)
    {
        var id = await service.CreateAsync(Curator, Model($"Field limit {field}"));
        var seen = await service.GetForEditAsync(Curator, id);
        var changed = seen.Model.Clone();
        var tooLong = (field.EndsWith("Url", StringComparison.Ordinal) ? "https://example.org/" : "") + new string('x', Limits()[field] + 1);
        var property = typeof(EntryEditModel).GetProperty(field)!;
        if (field == nameof(EntryEditModel.Organisations))
        {
            changed.Organisations = [new OrganisationLink(tooLong, Catalogue.Core.Entities.OrganisationRole.Author)];
        }
        else if (property.PropertyType == typeof(List<string>))
        {
            property.SetValue(changed, new List<string> { tooLong });
        }
        else
        {
            property.SetValue(changed, tooLong);
        }

        var error = await Assert.ThrowsAsync<CurationValidationException>(() => service.UpdateAsync(Curator, id, changed, seen.Model, seen.Version));

        Assert.Contains(field, error.Errors.Keys);
        Assert.Equal(seen.Version, (await service.GetForEditAsync(Curator, id)).Version);
    }

    private static IReadOnlyDictionary<string, int> Limits()
    {
        using var db = new TestDatabase().CreateContext();
        return EntryFieldLimits.Of(db.Model);
    }
}
