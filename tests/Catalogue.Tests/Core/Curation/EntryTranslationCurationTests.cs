using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

/// <summary>Translations of an entry edited in the admin form (issue 17): the one curation write path stores, records and reverts them.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class EntryTranslationCurationTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly EntryCurationService service = new(fixture.Database.Factory);

    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    private static EntryTranslation French(string title, string summary = "Un programme pour la scolarisation.") =>
        new() { Language = "fr", Title = title, Summary = summary, Description = "Une **description**." };

    [Fact]
    public async Task UpdateAsync_TranslationsAddedThenChanged_StoredRecordedAndRevertRestoresThem()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("Translated programme")));
        var loaded = await service.GetForEditAsync(Curator, id);
        var first = loaded.Model.Clone();
        first.OriginalLanguage = "en";
        first.Translations = [French(" Programme traduit "), new EntryTranslation { Language = "ar", Title = "برنامج مترجم", Summary = "ملخص." }];
        await service.UpdateAsync(Curator, id, first, loaded.Model, loaded.Version);
        var afterFirst = await service.GetForEditAsync(Curator, id);
        var second = afterFirst.Model.Clone();
        second.Translations = [French("Programme retraduit")];
        await service.UpdateAsync(Curator, id, second, afterFirst.Model, afterFirst.Version);

        var history = await service.GetHistoryAsync(Curator, id);
        var afterSecond = await service.GetForEditAsync(Curator, id);
        var reverted = await service.RevertAsync(Curator, id, 2, afterSecond.Version);
        var afterRevert = await service.GetForEditAsync(Curator, id);

        Assert.Equal(["ar", "fr"], afterFirst.Model.Translations.Select(t => t.Language));
        Assert.Equal("Programme traduit", afterFirst.Model.Translations[1].Title);
        Assert.Equal("en", afterFirst.Model.OriginalLanguage);
        Assert.Equal(["Programme retraduit"], afterSecond.Model.Translations.Select(t => t.Title));
        var change = Assert.Single(history[0].Changes, c => c.Field == nameof(EntryEditModel.Translations));
        Assert.Contains("fr: Programme traduit", change.Old);
        Assert.Contains("ar: برنامج مترجم", change.Old);
        Assert.StartsWith("fr: Programme retraduit", change.New);
        Assert.True(reverted.Saved);
        Assert.Equal([("ar", "برنامج مترجم"), ("fr", "Programme traduit")], afterRevert.Model.Translations.Select(t => (t.Language, t.Title)));
    }

    [Fact]
    public async Task RevertAsync_ToRevisionRecordedBeforeTranslations_KeepsTheTranslations()
    {
        var id = await service.CreateAsync(Curator, Model(Unique("Programme from before translations")));
        var loaded = await service.GetForEditAsync(Curator, id);
        var edited = loaded.Model.Clone();
        edited.OriginalLanguage = "en";
        edited.Translations = [French("Programme d'avant")];
        edited.Summary = "A newer summary.";
        await service.UpdateAsync(Curator, id, edited, loaded.Model, loaded.Version);
        await using (var db = fixture.Database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE entry_revisions SET snapshot_json = snapshot_json - 'translations' - 'Translations' - 'originalLanguage' - 'OriginalLanguage' WHERE entry_id = {id} AND revision_number = 1");
        }

        var current = await service.GetForEditAsync(Curator, id);
        var reverted = await service.RevertAsync(Curator, id, 1, current.Version);
        var after = await service.GetForEditAsync(Curator, id);

        Assert.True(reverted.Saved);
        Assert.Equal(loaded.Model.Summary, after.Model.Summary);
        Assert.Equal(["Programme d'avant"], after.Model.Translations.Select(t => t.Title));
        Assert.Equal("en", after.Model.OriginalLanguage);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "xx", "\"xx\" is not an ISO 639-1 language code" },
        { "en", "\"en\" is the entry's original language" },
        { "fr-long", $"the title is longer than {Entry.TitleMaxLength} characters" },
        { "fr-twice", "\"fr\" is translated twice" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task UpdateAsync_InvalidTranslation_RefusedWithMessageAndNothingWritten(string scenario, string message)
    {
        var id = await service.CreateAsync(Curator, Model(Unique("Programme with a bad translation")));
        var loaded = await service.GetForEditAsync(Curator, id);
        var changed = loaded.Model.Clone();
        changed.OriginalLanguage = "en";
        changed.Title += " (changed too)";
        changed.Translations = scenario switch
        {
            "xx" => [new EntryTranslation { Language = "xx", Title = "T", Summary = "S" }],
            "en" => [new EntryTranslation { Language = "en", Title = "T", Summary = "S" }],
            "fr-long" => [French(new string('t', Entry.TitleMaxLength + 1))],
            _ => [French("Un"), French("Deux")],
        };

        var error = await Assert.ThrowsAsync<CurationValidationException>(() => service.UpdateAsync(Curator, id, changed, loaded.Model, loaded.Version));
        var after = await service.GetForEditAsync(Curator, id);

        Assert.Contains(message, error.Errors[nameof(EntryEditModel.Translations)]);
        Assert.StartsWith("Translation into ", error.Errors[nameof(EntryEditModel.Translations)]);
        Assert.Equal(loaded.Version, after.Version);
        Assert.Equal(loaded.Model.Title, after.Model.Title);
        Assert.Empty(after.Model.Translations);
        Assert.Null(after.Model.OriginalLanguage);
        Assert.Single(await service.GetHistoryAsync(Curator, id));
    }
}
