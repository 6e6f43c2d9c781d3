using System.Text.Json;
using Catalogue.Web.Commands;

namespace Catalogue.Tools.Commands.Soak;

/// <summary>Writes the curators' outcomes as JSON lines, one at a time, flushed at once so a drill can read them live.</summary>
public sealed class SoakOutcomeWriter(string path) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(path, append: false) { AutoFlush = true };
    private readonly SemaphoreSlim _gate = new(1, 1);

    public int Saved { get; private set; }

    public int Refused { get; private set; }

    public async Task WriteAsync(SoakOutcome outcome)
    {
        await _gate.WaitAsync();
        try
        {
            await _writer.WriteLineAsync(JsonSerializer.Serialize(outcome, SoakOutcome.Json));
            if (outcome.Outcome == SoakOutcome.Saved)
            {
                Saved++;
            }
            else
            {
                Refused++;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public static IReadOnlyList<SoakOutcome> Read(string path) => File.ReadLines(path)
        .Where(line => line.Length > 0)
        .Select(line => JsonSerializer.Deserialize<SoakOutcome>(line, SoakOutcome.Json)!)
        .ToList();

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        _gate.Dispose();
    }
}
