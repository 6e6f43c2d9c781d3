using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Core.Search.Indexing;

/// <summary>
/// After each of this instance's commits, applies the outbox rows it wrote to this instance's index before the caller
/// goes on, so whoever saved an entry finds it searchable in the response. Other instances pick it up at their poll.
/// </summary>
/// <remarks>The updater is resolved on first use: it needs the context factory, whose options hold this interceptor.</remarks>
public sealed partial class CatchUpAfterCommitInterceptor(IServiceProvider services, ILogger<CatchUpAfterCommitInterceptor> logger)
    : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private SearchIndexUpdater Updater => field ??= services.GetRequiredService<SearchIndexUpdater>();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        CatchUpAsync(cancellationToken);

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Without an explicit transaction, SaveChanges committed its own.
        if (eventData.Context?.Database.CurrentTransaction is null && result > 0)
        {
            await CatchUpAsync(cancellationToken);
        }

        return result;
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Updater.CatchUpAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The write has committed; the next poll applies it. The caller must not see its save fail.
            LogFailed(exception);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Applying a commit to the search index failed; the next poll applies it")]
    private partial void LogFailed(Exception exception);
}
