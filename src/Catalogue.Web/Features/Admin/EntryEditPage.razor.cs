using Catalogue.Core.Data;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
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
    private IReadOnlyList<LinkView> links = [];
    private SaveResult? conflict;
    private (EntryStatus Target, SaveResult Result)? staleStep;
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
        links = await Curation.GetLinksAsync(actor, Id.Value);
        model = current.Model.Clone();
        // An opened copy warns at once, not only after the title field is left.
        duplicates = await Curation.FindSimilarTitlesAsync(actor, model.Title, Id);
        conflict = null;
        staleStep = null;
        allowedTargets = Enum.GetValues<EntryStatus>()
            .Where(s => CurationWorkflow.IsAllowed(actor, current.Status, current.CreatedBy == actor.UserId, s)).ToList();
    }

    private async Task CheckDuplicatesAsync()
    {
        if (model is null)
        {
            return;
        }

        try
        {
            duplicates = await Curation.FindSimilarTitlesAsync(await Actor.GetAsync(), model.Title, Id);
        }
        catch (CurationForbiddenException ex)
        {
            (duplicates, problem) = ([], ex.Message);
        }
    }

    private Task SaveAsync() => RunAsync(async () =>
    {
        var actor = await Actor.GetAsync();
        if (Id is null)
        {
            var id = await Curation.CreateAsync(actor, model!);
            Navigation.NavigateTo(CatalogueUrl.Page($"/admin/entries/{id}"));
            return;
        }

        var result = await Curation.UpdateAsync(actor, Id.Value, model!, current!.Model, current.Version);
        if (!result.Saved)
        {
            conflict = result;
            return;
        }

        await LoadAsync();
        saved = result.Status == EntryStatus.InReview && current!.Status == EntryStatus.InReview ? T["Admin.Edit.SavedWaits"] : T["Admin.Edit.Saved"];
    });

    private async Task ReloadAsync() => await RunAsync(LoadAsync);

    /// <summary>
    /// The editor has seen the other person's changes: their version becomes the one this edit starts from, with my
    /// changes on top (their value where only they changed a field, my choice where we both did), and is saved again.
    /// </summary>
    private async Task SaveMergedAsync(IReadOnlySet<string> keepMine)
    {
        if (conflict?.Current is not { } theirs || current is null || model is null)
        {
            return;
        }

        var merged = EntryEditModel.Merge(current.Model, model, theirs, keepMine);
        current = current with { Model = theirs, Version = conflict.Version, Status = conflict.Status };
        (model, conflict) = (merged, null);
        await SaveAsync();
    }

    private Task MoveAsync(EntryStatus target) => RunAsync(async () =>
    {
        if (EntryEditModel.Diff(current!.Model, model!).Count > 0)
        {
            problem = T["Admin.Edit.UnsavedChanges", ActionName(target)];
            return;
        }

        var result = await Curation.TransitionAsync(await Actor.GetAsync(), Id!.Value, target, current.Version, current.Model);
        if (!result.Saved)
        {
            staleStep = (target, result);
            return;
        }

        await LoadAsync();
        saved = T["Admin.Edit.NowStatus", StatusLabels.Of(current!.Status)];
    });

    private Task HardDeleteAsync() => RunAsync(async () =>
    {
        await Curation.HardDeleteAsync(await Actor.GetAsync(), Id!.Value, deleteConfirmation ?? "", null);
        Navigation.NavigateTo(CatalogueUrl.Page("/admin/entries"));
    });

    private async Task RunAsync(Func<Task> action)
    {
        busy = true;
        problem = null;
        saved = null;
        staleStep = null;
        errors = new Dictionary<string, string>();
        try
        {
            await action();
        }
        catch (CurationValidationException ex)
        {
            errors = ex.Errors;
            problem = T["Admin.Edit.CorrectFields"] + " " + ex.Message;
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
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
        {
            // The form keeps everything typed; the write rolled back whole, so saving again is safe.
            problem = AdminMessages.SavingPaused;
        }
        finally
        {
            busy = false;
        }
    }

    private string? OutcomeNearSave => conflict is not null
        ? T["Admin.Edit.NothingSavedConflict"]
        : staleStep is not null ? T["Admin.Edit.NothingDoneStale"]
        : problem is not null ? T["Admin.Edit.NothingDoneProblem"] : saved;

    private string TransitionLabel(EntryStatus target) => T[$"Admin.Edit.To.{target}"];

    /// <summary>What a step does, as in "it was not published" (the words of <see cref="CurationWorkflow.ActionName"/>, translated).</summary>
    private string ActionName(EntryStatus target) => T[$"Admin.Edit.Action.{target}"];
}
