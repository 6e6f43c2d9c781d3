namespace Catalogue.Web.Commands;

/// <summary>A one-line progress bar on a terminal; silent when the output is redirected (logs, pipes, CI).</summary>
public sealed class ConsoleProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly bool _enabled = !Console.IsOutputRedirected;
    private string _last = "";

    public void Show(string stage, long done, long total)
    {
        if (!_enabled)
        {
            return;
        }

        var fraction = total <= 0 ? 0 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)(fraction * Width);
        var line = $"\r{stage,-9} [{new string('#', filled)}{new string('.', Width - filled)}] {done:N0}/{total:N0}";
        if (line != _last)
        {
            Console.Write(line);
            _last = line;
        }
    }

    public void Dispose()
    {
        if (_enabled && _last.Length > 0)
        {
            Console.WriteLine();
        }
    }
}
