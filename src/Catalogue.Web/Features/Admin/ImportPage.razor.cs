using Catalogue.Core.Curation;
using Catalogue.Core.ImportExport;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Catalogue.Web.Features.Admin;

/// <summary>Upload → dry run → confirm → progress → result, all through <see cref="CurationImportService"/>.</summary>
public partial class ImportPage
{
    [Inject] private CurationImportService Import { get; set; } = null!;
    [Inject] private CurrentActor Actor { get; set; } = null!;

    private IBrowserFile? file;
    private ImportFormat format;
    private ParsedImport? parsed;
    private ImportReport? dryRun;
    private ImportReport? result;
    private IReadOnlyDictionary<string, int> entryIds = new Dictionary<string, int>();
    private ImportProgress? progress;
    private string? problem;
    private bool busy;
    private bool committing;
    private bool importLikelyCopies;

    private async Task ChooseAsync(InputFileChangeEventArgs e)
    {
        Reset();
        file = e.File;
        format = ImportFormats.FromFileName(file.Name);
        await CheckAsync();
    }

    private async Task FormatChangedAsync(ImportFormat value)
    {
        format = value;
        await CheckAsync();
    }

    /// <summary>Reads the chosen file and runs the dry run; a file over the limit is refused before it is read.</summary>
    private Task CheckAsync() => RunAsync(async actor =>
    {
        (parsed, dryRun, result, problem) = (null, null, null, null);
        if (file is null)
        {
            return;
        }

        if (file.Size > Import.MaxFileBytes)
        {
            problem = T["Admin.Import.TooLarge", file.Name, ImportFileReader.FormatSize(file.Size), ImportFileReader.FormatSize(Import.MaxFileBytes)];
            return;
        }

        progress = new ImportProgress("Reading", 0, 1);
        await using (var stream = file.OpenReadStream(Import.MaxFileBytes))
        {
            parsed = await Import.ReadAsync(actor, stream, format);
        }

        dryRun = await Import.DryRunAsync(actor, parsed, Reporter());
    });

    private Task CommitAsync() => RunAsync(async actor =>
    {
        if (parsed is null)
        {
            return;
        }

        committing = true;
        try
        {
            result = await Import.CommitAsync(actor, parsed, Reporter(), importLikelyCopies: importLikelyCopies);
        }
        finally
        {
            committing = false;
        }

        entryIds = result.Committed
            ? await Import.EntryIdsAsync(actor, result.Entries.Select(e => e.Slug).ToList())
            : new Dictionary<string, int>();
    });

    private void Reset()
    {
        (file, parsed, dryRun, result, progress, problem) = (null, null, null, null, null, null);
        importLikelyCopies = false;
        entryIds = new Dictionary<string, int>();
    }

    private IProgress<ImportProgress> Reporter() => new InlineProgress(p =>
    {
        progress = p;
        _ = InvokeAsync(StateHasChanged);
    });

    private async Task RunAsync(Func<CurationActor, Task> action)
    {
        busy = true;
        try
        {
            await action(await Actor.GetAsync());
        }
        catch (CurationForbiddenException ex)
        {
            problem = ex.Message;
        }
        catch (IOException ex)
        {
            problem = T["Admin.Import.Unreadable", ex.Message];
        }
        finally
        {
            busy = false;
            progress = null;
        }
    }

    /// <summary>Reports at once on the caller's thread (Progress&lt;T&gt; would post to a sync context after the work ended).</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
