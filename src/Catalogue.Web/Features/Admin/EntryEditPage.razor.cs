using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace Catalogue.Web.Features.Admin;

public partial class EntryEditPage
{
    [Inject] private EntryCurationService Curation { get; set; } = null!;
    [Inject] private CurrentActor Actor { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Parameter] public int? Id { get; set; }

    private EntryEditModel? model;
    private EntryForEdit? current;
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private IReadOnlyList<DuplicateCandidate> duplicates = [];
    private IReadOnlyList<FieldChange>? conflict;
    private IReadOnlyList<EntryStatus> allowedTargets = [];
    private string? problem;
    private string? saved;
    private string? deleteConfirmation;
    private bool busy;
    private bool isAdministrator;

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Actor.GetAsync();
        isAdministrator = actor.IsAdministrator;
        if (Id is null)
        {
            model = new EntryEditModel();
            current = null;
            return;
        }

        await RunAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        var actor = await Actor.GetAsync();
        current = await Curation.GetForEditAsync(actor, Id!.Value);
        model = current.Model.Clone();
        conflict = null;
        allowedTargets = Enum.GetValues<EntryStatus>()
            .Where(s => CurationWorkflow.IsAllowed(actor, current.Status, current.CreatedBy == actor.UserId, s)).ToList();
    }

    private async Task CheckDuplicatesAsync()
    {
        if (model is not null)
        {
            duplicates = await Curation.FindSimilarTitlesAsync(model.Title, Id);
        }
    }

    private Task SaveAsync() => RunAsync(async () =>
    {
        var actor = await Actor.GetAsync();
        if (Id is null)
        {
            var id = await Curation.CreateAsync(actor, model!);
            Navigation.NavigateTo($"/admin/entries/{id}");
            return;
        }

        var result = await Curation.UpdateAsync(actor, Id.Value, model!, current!.Model, current.Version);
        if (!result.Saved)
        {
            conflict = result.ConflictingChanges;
            return;
        }

        await LoadAsync();
        saved = result.Status == EntryStatus.InReview && current!.Status == EntryStatus.InReview ? "Saved; the entry waits for review." : "Saved.";
    });

    private async Task ReloadAsync() => await RunAsync(LoadAsync);

    /// <summary>The editor has seen the other person's changes and saves on top of the version that holds them.</summary>
    private Task KeepMineAsync() => RunAsync(async () =>
    {
        var mine = model!;
        await LoadAsync();
        model = mine;
        await SaveAsync();
    });

    private Task MoveAsync(EntryStatus target) => RunAsync(async () =>
    {
        await Curation.TransitionAsync(await Actor.GetAsync(), Id!.Value, target);
        await LoadAsync();
        saved = $"The entry is now {current!.Status}.";
    });

    private Task HardDeleteAsync() => RunAsync(async () =>
    {
        await Curation.HardDeleteAsync(await Actor.GetAsync(), Id!.Value, deleteConfirmation ?? "", null);
        Navigation.NavigateTo("/admin/entries");
    });

    private async Task RunAsync(Func<Task> action)
    {
        busy = true;
        problem = null;
        saved = null;
        errors = new Dictionary<string, string>();
        try
        {
            await action();
        }
        catch (CurationValidationException ex)
        {
            errors = ex.Errors;
            problem = "Please correct the fields marked below. " + ex.Message;
        }
        catch (CurationForbiddenException ex)
        {
            problem = ex.Message;
            model = current is null && Id is not null ? null : model;
        }
        catch (CurationNotFoundException ex)
        {
            problem = ex.Message;
            model = null;
        }
        finally
        {
            busy = false;
        }
    }

    private string? OutcomeNearSave => conflict is not null
        ? "Nothing was saved: someone else saved this entry meanwhile. Their changes are listed at the top of the page."
        : problem is not null ? "Nothing was saved: see the message at the top of the page." : saved;

    private static string TransitionLabel(EntryStatus target) => target switch
    {
        EntryStatus.Draft => "Back to draft",
        EntryStatus.InReview => "Submit for review",
        EntryStatus.Published => "Publish",
        EntryStatus.Archived => "Archive",
        _ => target.ToString(),
    };
}
