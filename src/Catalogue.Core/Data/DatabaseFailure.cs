using System.Net.Sockets;
using Npgsql;

namespace Catalogue.Core.Data;

/// <summary>Tells an unreachable or restarting database apart from a bug: the former is answered with 503 and a retry time.</summary>
public static class DatabaseFailure
{
    /// <summary>SQLSTATEs of a server shutting down, starting up or refusing connections.</summary>
    private static readonly HashSet<string> Unavailable =
    [
        "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006",
    ];

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the database cannot be reached right now.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when Unavailable.Contains(postgres.SqlState):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SocketException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnavailable):
                    return true;
            }
        }

        return false;
    }
}
